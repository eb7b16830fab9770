// Issue 11, point 5: the file a report arrived as is kept as received and the kansli downloads
// it from the report's page, byte for byte; nobody else can. Reads Samsyn i dalen's kvartalsrapport for
// 2024 Q4, imported from examples/ when the test server started.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
    assertAccessible, e2eDir, gotoOk, guardedBefore, launchBrowser, loginAs, stepper, users,
    withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

const received = path.resolve(e2eDir, '..', '..', 'examples', '2024', 'samsyn-2024-q4.txt');

let browser;
const sessions = {};
const state = {}; // reportPath, originalPath

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    sessions.kansli = await loginAs(browser, users.kansli);
    sessions.styrelse = await loginAs(browser, users.styrelse);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`original-file-${name}`, () => ({ page: sessions.kansli?.page }), () => fn()));

run('the report page links the file the report arrived as', async () => {
    const page = sessions.kansli.page;
    await openInsats(page, 'Samsyn i dalen');
    const report = page.locator('tr').filter({ hasText: '2024-10-01 – 2024-12-31' })
        .getByRole('link', { name: 'Kvartalsrapport', exact: true });
    state.reportPath = await report.getAttribute('href');
    await gotoOk(page, state.reportPath);
    const link = page.getByRole('link', { name: 'samsyn-2024-q4.txt', exact: true });
    assert.equal(await link.count(), 1, `no link to the original on ${state.reportPath}`);
    state.originalPath = await link.getAttribute('href');
    assert.match(state.originalPath, /^\/rapporter\/\d+\/versioner\/\d+\/original$/);
    await assertAccessible(page, 'a report page with its original file');
});

run('the kansli downloads it byte for byte', async () => {
    const page = sessions.kansli.page;
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'samsyn-2024-q4.txt', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'samsyn-2024-q4.txt');
    const saved = await download.path();
    assert.ok(fs.readFileSync(saved).equals(fs.readFileSync(received)),
        'the downloaded file differs from the one imported');
});

run('the board cannot download it', async () => {
    const response = await sessions.styrelse.page.goto(state.originalPath);
    assert.equal(response.status(), 403);
});
