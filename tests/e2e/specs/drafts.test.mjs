// (11.1) Nothing typed is lost: a new report is saved from the first change, a login that
// expires while the form is open keeps the text and brings the writer back to it, and a tab
// whose report was saved in another tab shows both texts side by side and keeps the writer's.
// The steps share one report (Vägvisaren, 2024 kvartal 4) and run in order.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, password, pathOf,
    stepper, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats, openNewQuarterlyReport, sectionField, submitWith } from '../lib/pages.mjs';

const quarter = '2024 kvartal 4';
const firstText = 'Första meningen, skriven innan något sparats för hand.';
const offlineText = 'Skrivet efter att inloggningen gått ut.';
const otherTabText = 'Text sparad i den andra fliken.';
const thisTabText = 'Min text i den här fliken, som ska vara kvar.';

let browser;
let owner; // { context, page } of annan, bound to Vägvisaren
const state = {}; // editPath

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, users.annan);
});
after(async () => { await browser?.close(); });

const step = stepper((name, fn) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`drafts-${name}`, () => ({ owner: owner?.page }), () => fn(t))));

const activities = (page) => sectionField(page, '2.1 Aktiviteter');

async function savedAutomatically(page) {
    await page.locator('.autosave-status', { hasText: 'Utkastet sparades automatiskt' })
        .waitFor({ timeout: 10_000 });
}

step('a new report is saved as a draft from its first change', async (t) => {
    const { page } = owner;
    await openInsats(page, users.annan.insats);
    await openNewQuarterlyReport(page);
    await page.getByLabel('Kvartal', { exact: true }).selectOption({ label: quarter });
    await activities(page).fill(firstText);
    await savedAutomatically(page);
    state.editPath = pathOf(page);
    assert.match(state.editPath, /^\/rapporter\/\d+\/redigera$/, 'the address is the saved report\'s');
    t.diagnostic(state.editPath);

    await gotoOk(page, state.editPath);
    assert.equal(await activities(page).inputValue(), firstText, 'the server has the text');
});

step('a login that expires while the form is open loses nothing', async () => {
    const { page, context } = owner;
    await gotoOk(page, state.editPath);
    await context.clearCookies(); // the session is gone, as when it expires
    await activities(page).fill(offlineText);
    await page.locator('.autosave-status', { hasText: 'Du är inte längre inloggad' })
        .waitFor({ timeout: 10_000 });

    await submitWith(page, 'Spara utkast');
    assert.equal(pathOf(page), '/login', 'saving without a session asks to log in');
    await page.getByLabel('Användarnamn', { exact: true }).fill(users.annan.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await clickAndWait(page, page.getByRole('button', { name: 'Logga in', exact: true }));
    assert.equal(pathOf(page), state.editPath, 'the login leads back to the form');

    assert.equal(await activities(page).inputValue(), firstText, 'the server still has the old text');
    const restore = page.getByRole('button', { name: 'Återställ texten' });
    await restore.waitFor();
    await assertAccessible(page, 'the form offering to restore unsaved text');
    await restore.click();
    assert.equal(await activities(page).inputValue(), offlineText, 'the typed text is back');
    await savedAutomatically(page);

    await gotoOk(page, state.editPath);
    assert.equal(await activities(page).inputValue(), offlineText, 'and saved on the server');
    assert.equal(await page.getByRole('button', { name: 'Återställ texten' }).count(), 0,
        'nothing left to restore once the server has it');
});

step('a tab saved over by another tab shows both texts and keeps its own', async () => {
    const { page, context } = owner;
    await gotoOk(page, state.editPath);
    const other = await context.newPage();
    await gotoOk(other, state.editPath);
    await activities(other).fill(otherTabText);
    await submitWith(other, 'Spara utkast');
    await other.close();

    await activities(page).fill(thisTabText);
    await page.locator('.autosave-status', { hasText: 'sparats i ett annat fönster' })
        .waitFor({ timeout: 10_000 });
    await submitWith(page, 'Spara utkast');
    await page.getByRole('heading', { name: 'Rapporten har sparats i ett annat fönster' }).waitFor();
    assert.equal(await activities(page).inputValue(), thisTabText, 'the field holds this tab\'s text');
    const theirs = page.locator('.compare__theirs', { hasText: otherTabText });
    assert.equal(await theirs.count(), 1, 'the other tab\'s text stands beside it');
    await assertAccessible(page, 'the form with both versions');

    await page.setViewportSize({ width: 390, height: 844 });
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.compare, #saved-elsewhere')]
        .map((element) => element.getBoundingClientRect().right)));
    assert.ok(widest <= 390, `the two versions stack within a phone's width (right edge ${widest})`);
    await page.setViewportSize({ width: 1280, height: 900 });

    await submitWith(page, 'Spara utkast');
    await gotoOk(page, state.editPath);
    assert.equal(await activities(page).inputValue(), thisTabText, 'this tab\'s text was kept');
});
