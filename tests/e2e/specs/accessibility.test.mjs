// (3) axe-core (WCAG 2.0/2.1 A and AA) finds nothing on the main pages, and every page for a
// logged-in user has the "Logga ut" button.
// The report form is opened, and once submitted empty (which may leave an empty draft for
// Vägvisaren; no other test writes to Vägvisaren).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, newSession,
    pathOf, users, withArtifacts,
} from '../lib/harness.mjs';
import {
    openInsats, openNewQuarterlyReport, sectionField, showOverviewQuarter,
} from '../lib/pages.mjs';

let browser;
let anonymous; // not logged in
let kansli;
let owner; // the insatsägare of Vägvisaren
const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    anonymous = await newSession(browser);
    kansli = await loginAs(browser, users.kansli);
    owner = await loginAs(browser, users.annan);
});
after(async () => { await browser?.close(); });

// `logoutButton: false` for error pages: access.test.mjs checks their "Logga ut" separately.
const check = (name, session, fn, { logoutButton = true } = {}) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`a11y-${name}`, () => ({ page: session()?.page }), async () => {
        const { page } = session();
        await fn(page);
        if (session() !== anonymous && logoutButton) {
            await page.getByRole('button', { name: 'Logga ut', exact: true }).waitFor({ timeout: 5_000 })
                .catch(() => assert.fail(`no "Logga ut" button on ${page.url()}`));
        }
        await assertAccessible(page, name);
    }));

check('/login', () => anonymous, async (page) => { await gotoOk(page, '/login'); });

check('/oversikt (kansli)', () => kansli, async (page) => { await gotoOk(page, '/oversikt'); });

check('/oversikt after choosing a quarter with "Visa"', () => kansli, async (page) => {
    await gotoOk(page, '/oversikt');
    const select = page.getByLabel('Kvartal', { exact: true });
    const label = await select.evaluate((s) => s.options[s.selectedIndex]?.text?.trim());
    await showOverviewQuarter(page, label);
});

check('/insatser (insatsägare)', () => owner, async (page) => { await gotoOk(page, '/insatser'); });

check('/insatser (kansli)', () => kansli, async (page) => { await gotoOk(page, '/insatser'); });

check('an insats page (insatsägare)', () => owner, async (page) => {
    await openInsats(page, users.annan.insats);
});

check('an insats page with reports (kansli)', () => kansli, async (page) => {
    await openInsats(page, users.agare.insats);
});

check('the kvartalsrapport form', () => owner, async (page) => {
    await openInsats(page, users.annan.insats);
    await openNewQuarterlyReport(page);
});

check('the kvartalsrapport form with validation errors', () => owner, async (page) => {
    // Nothing filled in: the server answers with the form and its errors. The browser's own
    // validation is switched off so that the server's messages are what is checked.
    await openInsats(page, users.annan.insats);
    await openNewQuarterlyReport(page);
    await sectionField(page, '2.1 Aktiviteter').fill('');
    await page.locator('form').evaluateAll((forms) => forms.forEach((f) => { f.noValidate = true; }));
    await clickAndWait(page, page.getByRole('button', { name: 'Skicka in', exact: true }));
    await page.getByRole('alert').first().waitFor({ timeout: 5_000 })
        .catch(() => assert.fail(`no error summary (role=alert) after submitting an empty form (${page.url()})`));
    // WCAG 3.3.1: the required field is marked invalid and described by its error message.
    const field = sectionField(page, '2.1 Aktiviteter');
    const described = await field.evaluate((el) => ({
        invalid: el.getAttribute('aria-invalid'),
        description: (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim(),
    }));
    assert.equal(described.invalid, 'true', 'the empty required section 2.1 has aria-invalid="true"');
    assert.ok(described.description.length > 0, 'the empty required section 2.1 is described by an error message');
});

/** Opens the first report linked from an insats page. */
async function openFirstReport(page, insats) {
    await openInsats(page, insats);
    // A report with a version: not a draft another spec may have started.
    const link = page.locator('tr').filter({ hasNotText: 'Utkast' }).locator('a[href^="/rapporter/"]').first();
    assert.ok(await link.count() > 0, `the insats page of ${insats} links to no report (imported reports expected)`);
    const href = await link.getAttribute('href');
    await gotoOk(page, href);
    assert.match(pathOf(page), /^\/rapporter\/\d+$/);
}

check('a report page (kansli, with the registration controls)', () => kansli, async (page) => {
    await openFirstReport(page, users.agare.insats);
});

check('a report page (insatsägare)', () => owner, async (page) => {
    await openFirstReport(page, users.annan.insats);
});

check('the 404 page', () => kansli, async (page) => {
    const response = await page.goto('/finns-inte-alls');
    assert.equal(response.status(), 404);
}, { logoutButton: false });
