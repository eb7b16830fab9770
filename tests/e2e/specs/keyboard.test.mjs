// (4) The login form works with the keyboard alone (Tab, typing, Enter), with visible focus.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    gotoOk, launchBrowser, newSession, password, pathOf, users, withArtifacts,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** Describes the focused element, for messages. */
const focusedDescription = (page) => page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    const label = el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${label.slice(0, 40)}"`;
});

/** Presses Tab until `locator` has focus (at most `limit` times); returns the presses. */
async function tabTo(page, locator, what, limit = 15) {
    for (let presses = 1; presses <= limit; presses += 1) {
        await page.keyboard.press('Tab');
        if (await isFocused(locator)) return presses;
    }
    assert.fail(`${what} never got focus after ${limit} Tab presses; focus is on ${await focusedDescription(page)}`);
}

/** WCAG 2.4.7: the focused element shows a focus indicator (outline or box-shadow). */
async function assertFocusVisible(locator, what) {
    const style = await locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow };
    });
    const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
    const shadow = style.boxShadow !== 'none';
    assert.ok(outline || shadow, `${what} has no visible focus indicator: ${JSON.stringify(style)}`);
}

async function fillWithKeyboard(page, user) {
    await gotoOk(page, '/login');
    const username = page.getByLabel('Användarnamn', { exact: true });
    const passwordField = page.getByLabel('Lösenord', { exact: true });
    await tabTo(page, username, 'the field "Användarnamn"');
    await assertFocusVisible(username, 'the field "Användarnamn"');
    await page.keyboard.type(user.username);
    await tabTo(page, passwordField, 'the field "Lösenord"', 3);
    await assertFocusVisible(passwordField, 'the field "Lösenord"');
    await page.keyboard.type(password);
}

test('the login form is submitted with Enter in the password field', async () => {
    const { page } = await newSession(browser);
    try {
        await withArtifacts('keyboard-enter', () => ({ page }), async () => {
            await fillWithKeyboard(page, users.kansli);
            await Promise.all([
                page.waitForURL((url) => url.pathname !== '/login'),
                page.keyboard.press('Enter'),
            ]);
            assert.equal(pathOf(page), users.kansli.home);
        });
    } finally {
        await page.context().close();
    }
});

test('the "Logga in" button is reached with Tab and pressed with Enter', async () => {
    const { page } = await newSession(browser);
    try {
        await withArtifacts('keyboard-button', () => ({ page }), async () => {
            await fillWithKeyboard(page, users.agare);
            const button = page.getByRole('button', { name: 'Logga in', exact: true });
            await tabTo(page, button, 'the button "Logga in"', 3);
            await assertFocusVisible(button, 'the button "Logga in"');
            await Promise.all([
                page.waitForURL((url) => url.pathname !== '/login'),
                page.keyboard.press('Enter'),
            ]);
            assert.equal(pathOf(page), users.agare.home);
        });
    } finally {
        await page.context().close();
    }
});
