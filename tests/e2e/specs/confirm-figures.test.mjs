// (9) "Bekräfta siffrorna": the figures the importer read from an imported report's text are
// marked as read from the text on the report's page until the kansli confirms them there; the
// page then says who confirmed them. The Uppföljning Finsam page marks what rests on them, and
// figures the kansli ticks as checked in the web import's preview are saved confirmed. axe
// finds nothing on these pages. Uses the first imported report of Vägvisaren whose figures
// are unconfirmed, and uploads a copy of an example report renamed to a new insats.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, e2eDir, gotoOk, guardedBefore, launchBrowser,
    loginAs, mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

let browser;
let kansli; // { context, page }
const state = {}; // reportPath

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`confirm-figures-${name}`, () => ({ page: kansli?.page }), () => fn(kansli.page)));

const confirmButton = (page) => page.getByRole('button', { name: 'Bekräfta siffrorna', exact: true });

run('the Uppföljning Finsam page marks the figures resting on unconfirmed ones', async (page) => {
    // Every example report of 2025 was imported by `finsam import`: none is confirmed yet.
    await gotoOk(page, '/statistik/uppfoljning-finsam?ar=2025');
    const text = await mainText(page);
    assert.match(text, /\d†/, 'a figure marked † on the register page');
    assert.match(text, /† = läst ur texten, ej bekräftad/);
    await assertAccessible(page, 'the Uppföljning Finsam page with unconfirmed figures');
});

run('the kansli finds an imported report whose figures are read from the text', async (page) => {
    await openInsats(page, users.annan.insats);
    const links = await page.locator('a[href^="/rapporter/"]').evaluateAll(
        (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const href of links) {
        await gotoOk(page, href);
        if (await confirmButton(page).count() > 0) {
            state.reportPath = href;
            break;
        }
    }
    assert.ok(state.reportPath, `no report of ${users.annan.insats} offers "Bekräfta siffrorna"`);
    await assertTextVisible(page, 'Siffrorna är lästa ur texten');
    await assertAccessible(page, 'the report page with unconfirmed figures');
});

run('the kansli confirms them and the page says who did and when', async (page) => {
    await clickAndWait(page, confirmButton(page));
    assert.equal(pathOf(page), state.reportPath);
    assert.equal(await confirmButton(page).count(), 0, 'the button is gone once confirmed');
    assert.match(await mainText(page),
        /Siffrorna lästes ur texten och bekräftades \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Karin Kansli/);
    await assertAccessible(page, 'the report page after confirming');
});

run('figures ticked as checked in the import preview are saved confirmed by the kansli', async (page) => {
    const example = path.join(e2eDir, '..', '..', 'examples', '2025', 'vagvisaren-2025-q4.txt');
    const renamed = fs.readFileSync(example, 'utf8').replaceAll('Vägvisaren', 'Kontrollvägen');
    await gotoOk(page, '/import');
    await page.getByLabel('Filer', { exact: true }).setInputFiles(
        { name: 'kontrollvagen-2025-q4.txt', mimeType: 'text/plain', buffer: Buffer.from(renamed) });
    await clickAndWait(page, page.getByRole('button', { name: 'Läs filerna', exact: true }));
    const checked = page.getByLabel('Jag har kontrollerat nyckeltalen mot rapportens text');
    assert.equal(await checked.count(), 1, 'one report with figures, one checkbox');
    assert.equal(await checked.isChecked(), false, 'not ticked until the kansli ticks it');
    await assertAccessible(page, 'the import preview');

    await checked.check();
    await clickAndWait(page, page.getByRole('button', { name: 'Spara', exact: true }));
    assert.match(await mainText(page), /Nyckeltalen i 1 av dem är bekräftade av dig\./);

    await openInsats(page, 'Kontrollvägen');
    await clickAndWait(page, page.locator('a[href^="/rapporter/"]').first());
    assert.equal(await confirmButton(page).count(), 0, 'nothing left to confirm');
    assert.match(await mainText(page),
        /Siffrorna lästes ur texten och bekräftades \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Karin Kansli/);
});
