// (7) "Gallra personuppgifter": the kansli removes a passage from a stored version of a report
// on the version's page; axe finds nothing on the page with the form, with its error, and
// after the removal. Removes text from the first version of Vägvisaren's first report, so it
// runs after the other files (node --test takes them in name order).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs,
    mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

let browser;
let kansli; // { context, page }
const state = {}; // versionPath, passage

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`redaction-${name}`, () => ({ page: kansli?.page }), () => fn(kansli.page)));

/** The form's controls, found by their labels as a screen reader user would. */
const phrasesField = (page) => page.getByLabel('Text som ska tas bort', { exact: true });
const gallra = (page) => page.getByRole('button', { name: 'Gallra', exact: true });

run('the kansli opens the first version of a report and finds the form', async (page) => {
    await openInsats(page, users.annan.insats);
    // A report with a version: not a draft another spec may have started.
    const report = page.locator('tr').filter({ hasNotText: 'Utkast' }).locator('a[href^="/rapporter/"]').first();
    assert.ok(await report.count() > 0, `${users.annan.insats} has no report (imported reports expected)`);
    state.versionPath = `${await report.getAttribute('href')}/versioner/1`;
    await gotoOk(page, state.versionPath);
    await page.getByRole('heading', { name: 'Gallra personuppgifter' }).waitFor({ timeout: 5_000 });
    // A passage the version holds: the first three words of its first paragraph.
    const paragraph = (await page.locator('.report-section p').first().innerText()).trim();
    state.passage = paragraph.split(/\s+/).slice(0, 3).join(' ');
    assert.ok(state.passage.length >= 3, `no text to remove in ${state.versionPath}`);
    await assertAccessible(page, 'the version page with the removal form');
});

run('a passage the version does not hold is an error beside the field', async (page) => {
    await phrasesField(page).fill('Ingen sådan person');
    await clickAndWait(page, gallra(page));
    await page.getByRole('alert').first().waitFor({ timeout: 5_000 });
    await assertTextVisible(page, 'finns inte i version 1');
    assert.equal(await phrasesField(page).getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'the removal form with its error');
});

run('the passage becomes [borttaget] and the page says who removed it', async (page) => {
    await gotoOk(page, state.versionPath);
    await phrasesField(page).fill(state.passage);
    await clickAndWait(page, gallra(page));
    assert.equal(pathOf(page), state.versionPath);
    const text = await mainText(page);
    assert.ok(!text.includes(state.passage), `"${state.passage}" is still on ${state.versionPath}`);
    assert.ok(text.includes('[borttaget]'), 'the mask is shown where the passage was');
    await assertTextVisible(page, `av ${users.kansli.name}`);
    assert.match(text, /Personuppgifter gallrade \d{4}-\d{2}-\d{2} av Karin Kansli/);
    await assertAccessible(page, 'the version page after a removal');
});
