// Issue 12, point 1: the search field in every page's header and the results page. Searches
// words of the example reports imported when the test server started: "arbetsträning" stands
// in Stegvis's reports (2024 Q2, the slutrapport) and Vägvisaren's (2026 Q2). Reads only.

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
    withArtifacts(`search-${name}`, () => ({ page: sessions[who]?.page }), () => fn(sessions[who].page)));

/** Types a query into the header's search field and waits for the results. */
async function searchFromHeader(page, text) {
    const search = page.getByRole('search', { name: 'Sök i rapporterna' });
    await search.getByLabel('Sök i rapporterna').fill(text);
    await clickAndWait(page, search.getByRole('button', { name: 'Sök' }));
}

/** The insatser named in the results' headings. */
async function foundInsatser(page) {
    const headings = await page.locator('.search-result h3').allInnerTexts();
    return [...new Set(headings.map((heading) => heading.split(':')[0]))].sort();
}

run('the header has a labelled search field on every page', 'kansli', async (page) => {
    for (const path of ['/', '/insatser', '/statistik']) {
        await gotoOk(page, path);
        const search = page.getByRole('search', { name: 'Sök i rapporterna' });
        assert.equal(await search.count(), 1, `no search landmark on ${path}`);
        assert.equal(await search.getByLabel('Sök i rapporterna').count(), 1);
    }
});

run('the kansli finds inflected forms in every insats, the hits marked', 'kansli', async (page) => {
    await gotoOk(page, '/insatser');
    await searchFromHeader(page, 'arbetsträningen');
    assert.equal(pathOf(page), '/sok');
    assert.deepEqual(await foundInsatser(page), ['Stegvis', 'Vägvisaren']);
    const marks = await page.locator('.search-result mark').allInnerTexts();
    assert.ok(marks.length >= 3, `too few marked hits: ${marks}`);
    for (const mark of marks)
        assert.match(mark.toLowerCase(), /^arbetsträning/);
    await assertTextVisible(page, /\d+ rapporter/);
    await assertAccessible(page, 'the search results');
});

run('a result opens its report', 'kansli', async (page) => {
    await gotoOk(page, '/sok?q=arbetstr%C3%A4ning&insats=&typ=slutrapport');
    const link = page.locator('.search-result h3 a').first();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/rapporter\/\d+$/);
    await clickAndWait(page, link);
    assert.equal(pathOf(page), href);
});

run('a phrase and the filters narrow the results', 'kansli', async (page) => {
    await gotoOk(page, '/sok?q=%22arbetstr%C3%A4ning+via+Arbetsf%C3%B6rmedlingen%22');
    const phrase = await page.locator('.search-result mark').allInnerTexts();
    assert.ok(phrase.length > 0, 'the phrase found nothing');
    for (const mark of phrase)
        assert.equal(mark.toLowerCase(), 'arbetsträning via arbetsförmedlingen');
    await page.getByLabel('Rapporttyp').selectOption('slutrapport');
    await clickAndWait(page, page.getByRole('button', { name: 'Sök', exact: true }).last());
    assert.deepEqual(await foundInsatser(page), ['Stegvis']);
    await assertAccessible(page, 'the search form with filters');
});

run('the insatsägare finds only their own insats', 'agare', async (page) => {
    await gotoOk(page, '/');
    await searchFromHeader(page, 'arbetsträning');
    assert.deepEqual(await foundInsatser(page), ['Stegvis']);
});

run('the board sees no work status and no form field for it', 'styrelse', async (page) => {
    await gotoOk(page, '/sok?q=arbetstr%C3%A4ning');
    assert.equal(await page.getByLabel('Status').count(), 0);
    assert.equal(await page.locator('.search-result__meta').count(), 0);
    await assertAccessible(page, 'the board\'s search page');
});

run('what was typed is shown as text, never as markup', 'kansli', async (page) => {
    await gotoOk(page, '/sok?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(await page.getByLabel('Sökord', { exact: true }).inputValue(), '<script>alert(1)</script>');
    assert.equal(await page.locator('main script').count(), 0);
    await assertTextVisible(page, 'Inga rapporter innehåller det du sökte efter.');
});

run('a period that cannot be read is said at its field', 'kansli', async (page) => {
    const response = await page.goto('/sok?q=arbetstr%C3%A4ning&period=f%C3%B6rra+%C3%A5ret');
    assert.equal(response.status(), 422);
    assert.equal(await page.getByLabel('Period').getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'the search form with an error');
});
