// Issue 11, point 7: a quarter's files imported in one go. The kansli chooses three files, one
// of which is no report; the page reads them one at a time with a progress bar, names the one
// it could not read, and opens the review of the two it read, which are saved together.
// axe finds nothing on the pages; the review fits a phone's width.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, e2eDir, gotoOk, guardedBefore, launchBrowser,
    loginAs, mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

const example = fs.readFileSync(
    path.join(e2eDir, '..', '..', 'examples', '2025', 'vagvisaren-2025-q4.txt'), 'utf8');
const files = [
    { name: 'samlingsvagen-2025-q4.txt', mimeType: 'text/plain',
      buffer: Buffer.from(example.replaceAll('Vägvisaren', 'Samlingsvägen')) },
    { name: 'protokoll.txt', mimeType: 'text/plain', buffer: Buffer.from('Protokoll från styrelsemötet.') },
    { name: 'samlingsstigen-2025-q4.txt', mimeType: 'text/plain',
      buffer: Buffer.from(example.replaceAll('Vägvisaren', 'Samlingsstigen')) },
];

let browser;
let kansli; // { context, page }

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`import-batch-${name}`, () => ({ page: kansli?.page }), () => fn(kansli.page)));

run('the kansli chooses three files and sees them read one by one', async (page) => {
    await gotoOk(page, '/import');
    await assertAccessible(page, 'the import page');
    await page.getByLabel('Filer', { exact: true }).setInputFiles(files);
    await page.getByRole('button', { name: 'Läs filerna', exact: true }).click();
    const status = page.getByRole('status');
    await status.filter({ hasText: '2 av 3 filer kunde läsas' }).waitFor({ timeout: 15_000 });
    const progress = page.locator('progress');
    assert.equal(await progress.getAttribute('value'), '3');
    assert.equal(await progress.getAttribute('max'), '3');
    await assertTextVisible(page, 'protokoll.txt');
    assert.equal(pathOf(page), '/import', 'the page stays to say what could not be read');
    await assertAccessible(page, 'the import page with one file not read');
});

run('the review shows both files read, and saving saves both', async (page) => {
    await clickAndWait(page, page.getByRole('link', { name: 'Kontrollera de lästa filerna' }));
    assert.equal(pathOf(page), '/import/granska');
    assert.match(await mainText(page), /Så här lästes 2 filer/);
    assert.equal(await page.getByRole('heading', { name: /^samlings/ }).count(), 2);
    await assertAccessible(page, 'the review of two files');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
        const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client, `the review is ${widths.scroll} px wide at 390 px`);
    } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
    }
    await clickAndWait(page, page.getByRole('button', { name: 'Spara alla', exact: true }));
    assert.match(await mainText(page), /2 rapporter sparades/);
    for (const insats of ['Samlingsvägen', 'Samlingsstigen'])
        assert.equal(await page.getByRole('link', { name: new RegExp(`Kvartalsrapport: ${insats}`) }).count(), 1);
    await assertAccessible(page, 'the page after saving');
});
