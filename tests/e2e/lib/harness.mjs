// Shared helpers for the end-to-end tests: browser start, login, axe checks, small locators.
//
// The tests drive Debian's chromium through playwright-core (no browser download), and talk
// to a running `finsam serve` whose address is in FINSAM_URL (tests/e2e/run.sh sets it up).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const e2eDir = path.resolve(here, '..');

/** Base address of the server under test, without a trailing slash. */
export const baseUrl = (() => {
    const url = process.env.FINSAM_URL;
    if (!url) {
        throw new Error('FINSAM_URL is not set: run the tests through tests/e2e/run.sh');
    }
    return url.replace(/\/+$/, '');
})();

/** The users run.sh creates; they all share one password. */
export const password = process.env.FINSAM_E2E_PASSWORD ?? 'e2e-Hemligt-2026';
export const users = {
    kansli: { username: 'kansli', name: 'Karin Kansli', home: '/' },
    agare: { username: 'agare', name: 'Anna Ägare', home: '/', insats: 'Stegvis' },
    annan: { username: 'annan', name: 'Arne Annan', home: '/', insats: 'Vägvisaren' },
    unga: { username: 'unga', name: 'Ulla Unga', home: '/', insats: 'Unga på väg' },
    styrelse: { username: 'styrelse', name: 'Sture Styrelse', home: '/' },
};

const chromiumPath = process.env.FINSAM_E2E_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

/** Where failing tests leave the page's HTML (gitignored). */
export const artifactsDir = process.env.FINSAM_E2E_ARTIFACTS ?? path.join(e2eDir, 'test-results');

/**
 * Starts chromium. Playwright gives the browser a fresh temporary profile directory and
 * removes it on close; every user gets an isolated context (own cookies) via newSession().
 */
export async function launchBrowser() {
    return chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
        timeout: 60_000,
    });
}

/**
 * A new isolated browser context and page, with Swedish locale and short timeouts.
 * `options` go to browser.newContext (e.g. { javaScriptEnabled: false }).
 */
export async function newSession(browser, options = {}) {
    const context = await browser.newContext({
        ...options,
        baseURL: baseUrl,
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    const page = await context.newPage();
    return { context, page };
}

/** Opens a new session and logs in as one of `users`. Returns { context, page }. */
export async function loginAs(browser, user, options = {}) {
    const session = await newSession(browser, options);
    await login(session.page, user);
    return session;
}

/** Fills in and submits the login form (with the mouse), and waits for the landing page. */
export async function login(page, user) {
    await gotoOk(page, '/login');
    await page.getByLabel('Användarnamn', { exact: true }).fill(user.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await Promise.all([
        page.waitForURL((url) => url.pathname !== '/login'),
        page.getByRole('button', { name: 'Logga in', exact: true }).click(),
    ]);
    assert.equal(pathOf(page), user.home,
        `${user.username} should land on ${user.home} after login, got ${page.url()}`);
}

/** Navigates and asserts an HTTP 200 answer; returns the response. */
export async function gotoOk(page, url) {
    const response = await page.goto(url);
    assert.ok(response, `no response for ${url}`);
    assert.equal(response.status(), 200, `GET ${url} answered ${response.status()}`);
    return response;
}

/** The path of the page's current address. */
export function pathOf(page) {
    return new URL(page.url()).pathname;
}

/** Clicks something that navigates, and waits for the new page to load. */
export async function clickAndWait(page, locator) {
    const before = page.url();
    await Promise.all([
        page.waitForEvent('load'),
        locator.click(),
    ]);
    return before;
}

/** A regular expression matching `text` literally. */
export function literal(text) {
    return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** The page's main text, whitespace collapsed (for readable assertion messages). */
export async function mainText(page) {
    const text = await page.locator('body').innerText();
    return text.replace(/\s+/g, ' ').trim();
}

/** Asserts that `text` occurs visibly on the page (as a whole element text or inside one). */
export async function assertTextVisible(page, text, message) {
    const locator = page.getByText(text).first();
    try {
        await locator.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
        assert.fail(`${message ?? `expected "${text}" on ${page.url()}`}\n` +
            `page text: ${(await mainText(page)).slice(0, 1500)}`);
    }
}

// ---------------------------------------------------------------- accessibility (axe-core)

const axePath = path.join(e2eDir, 'node_modules', 'axe-core', 'axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource = null;

/**
 * Loads axe into the page. The server's Content-Security-Policy (script-src 'self') blocks
 * page.addScriptTag's inline script, and the tests keep the CSP on (no bypassCSP) so that
 * they see the pages as users do; so axe is evaluated through the DevTools protocol, which
 * the page's CSP does not govern.
 */
async function injectAxe(page) {
    axeSource ??= fs.readFileSync(axePath, 'utf8');
    await page.evaluate(axeSource);
    const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
    assert.ok(loaded, `axe-core could not be loaded into ${page.url()}`);
}

/** Runs axe on the current page; returns the list of violations. */
export async function axeViolations(page) {
    const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
    if (!loaded) {
        await injectAxe(page);
    }
    const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] }),
        axeTags);
    return results.violations;
}

/** Human-readable description of axe violations. */
export function formatViolations(violations) {
    return violations.map((v) => {
        const nodes = v.nodes.map((n) => {
            const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
            return `      at ${n.target.join(' ')}\n         ${n.html.slice(0, 200)}\n         ${summary}`;
        }).join('\n');
        return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    }).join('\n');
}

/** Asserts that axe finds no WCAG 2.1 A/AA violations on the current page. */
export async function assertAccessible(page, what) {
    const violations = await axeViolations(page);
    if (violations.length > 0) {
        assert.fail(`${violations.length} accessibility violation(s) on ${what} (${page.url()}):\n` +
            formatViolations(violations));
    }
}

// ---------------------------------------------------------------- failure artifacts

/** Saves the page's HTML and a screenshot under artifactsDir; never throws. */
export async function saveArtifacts(page, name) {
    try {
        fs.mkdirSync(artifactsDir, { recursive: true });
        const base = path.join(artifactsDir, name.replace(/[^\w.-]+/g, '_'));
        fs.writeFileSync(`${base}.html`, `<!-- ${page.url()} -->\n${await page.content()}`);
        await page.screenshot({ path: `${base}.png`, fullPage: true });
        return base;
    } catch {
        return null;
    }
}

/**
 * Runs `fn`; when it throws, saves the pages' state and adds where to the error message.
 * `pages` is a function returning the pages of interest (they may change during `fn`).
 */
export async function withArtifacts(name, pages, fn) {
    try {
        return await fn();
    } catch (error) {
        const saved = [];
        for (const [label, page] of Object.entries(pages())) {
            if (page && !page.isClosed()) {
                const base = await saveArtifacts(page, `${name}-${label}`);
                if (base) saved.push(`${base}.html (${page.url()})`);
            }
        }
        if (saved.length > 0 && error instanceof Error) {
            const note = `\n  page saved: ${saved.join(', ')}`;
            const original = error.message;
            error.message += note;
            // node:test prints the stack, which holds the message from when it was created.
            if (typeof error.stack === 'string' && error.stack.includes(original)) {
                error.stack = error.stack.replace(original, error.message);
            }
        }
        throw error;
    }
}

/**
 * Sequential steps in one file: a step is skipped once an earlier one failed, because it
 * depends on the state the earlier steps built.
 */
export function stepper(test) {
    let failed = null;
    return (name, fn) => test(name, async (t) => {
        if (failed) {
            t.skip(`earlier step failed: ${failed}`);
            return;
        }
        try {
            await fn(t);
        } catch (error) {
            failed = name;
            throw error;
        }
    });
}

/**
 * A `before` hook whose failure is reported once: the first test rethrows the error, the
 * others are skipped (node:test would otherwise repeat the whole error for every test).
 * Usage: const setup = guardedBefore(before, async () => {...}); in each test:
 * `if (setup.skip(t)) return;`
 */
export function guardedBefore(before, fn) {
    let error = null;
    let reported = false;
    before(async () => {
        try {
            await fn();
        } catch (e) {
            error = e;
        }
    });
    return {
        skip(t) {
            if (!error) return false;
            if (!reported) {
                reported = true;
                throw error;
            }
            t.skip('the setup failed (see the first test of this file)');
            return true;
        },
    };
}
