// Issue 12, point 2: the lessons view. Stegvis's slutrapport (2023-09 – 2025-02, imported from
// examples/ when the test server started) has success factors, system problems and lessons;
// it speaks for 2025. Reads only.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, pathOf,
    stepper, users, withArtifacts,
} from '../lib/harness.mjs';

let browser;
const sessions = {};

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    sessions.kansli = await loginAs(browser, users.kansli);
    sessions.agare = await loginAs(browser, users.agare);
    sessions.styrelse = await loginAs(browser, users.styrelse);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, who, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`lessons-${name}`, () => ({ page: sessions[who]?.page }), () => fn(sessions[who].page)));

/** The insatser whose lessons the page shows. */
async function shownInsatser(page) {
    return (await page.locator('.lessons h2').allInnerTexts()).sort();
}

run('the menu leads to the lessons and a period shows them side by side', 'kansli', async (page) => {
    await gotoOk(page, '/');
    await clickAndWait(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lärdomar' }));
    assert.equal(pathOf(page), '/lardomar');
    await page.getByLabel('Period', { exact: true }).fill('2025');
    await clickAndWait(page, page.getByRole('button', { name: 'Visa' }));
    await assertTextVisible(page, 'Lärdomar 2025');
    assert.ok((await shownInsatser(page)).includes('Stegvis'));
    const stegvis = page.locator('.lessons').filter({ has: page.getByRole('heading', { name: 'Stegvis', level: 2 }) });
    for (const heading of ['Framgångsfaktorer', 'Problem i stödsystemet', 'Lärdomar'])
        assert.equal(await stegvis.getByRole('heading', { name: heading, level: 3 }).count(), 1, heading);
    // Side by side on a wide screen: the columns start at the same height.
    const tops = await stegvis.locator('.lessons__column').evaluateAll(
        (columns) => columns.map((column) => Math.round(column.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `columns at ${tops}`);
    await assertAccessible(page, 'the lessons of 2025');
});

run('a search keeps the texts that hold the word, marked', 'kansli', async (page) => {
    await gotoOk(page, '/lardomar?period=2025');
    await page.getByLabel('Sök i lärdomarna').fill('bostadsbolag');
    await clickAndWait(page, page.getByRole('button', { name: 'Visa' }));
    assert.deepEqual(await shownInsatser(page), ['Stegvis']);
    const marks = await page.locator('.lessons mark').allInnerTexts();
    assert.deepEqual(marks, ['bostadsbolag']);
    await assertTextVisible(page, 'Inget som innehåller det du sökte efter.');
    const further = page.getByRole('link', { name: 'Sök i hela rapporterna' });
    assert.match(await further.getAttribute('href'), /^\/sok\?q=bostadsbolag&period=2025$/);
    await assertAccessible(page, 'the lessons searched');
});

run('on a phone the headings stand one above the other within the page', 'kansli', async (page) => {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 800 });
    try {
        await gotoOk(page, '/lardomar?period=2025');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the page is ${width} px wide at 390 px`);
        await assertAccessible(page, 'the lessons at 390 px');
    } finally {
        await page.setViewportSize(size);
    }
});

run('the insatsägare reads only their own insats', 'agare', async (page) => {
    await gotoOk(page, '/lardomar?period=2025');
    assert.deepEqual(await shownInsatser(page), ['Stegvis']);
});

run('the board reads the page, and a wrong period is said at its field', 'styrelse', async (page) => {
    await gotoOk(page, '/lardomar?period=2025');
    await assertAccessible(page, 'the board\'s lessons');
    const response = await page.goto('/lardomar?period=f%C3%B6rr');
    assert.equal(response.status(), 422);
    assert.equal(await page.getByLabel('Period', { exact: true }).getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'the lessons with an error');
});
