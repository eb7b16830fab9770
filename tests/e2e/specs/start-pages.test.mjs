// (11) Each role's start page after logging in, and the overview's counts on the example data:
// the kansli's work, the insatsägare's to-do and what is new for the board, each axe-clean
// at 1280 and at 390 px with nothing wider than the phone's screen; in every quarter of the
// overview, the insatser that owe a report are counted once each and the parts add up.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, mainText,
    pathOf, users, withArtifacts,
} from '../lib/harness.mjs';

let browser;
let kansli;
let agare; // the insatsägare of Stegvis
let styrelse;
const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    agare = await loginAs(browser, users.agare);
    styrelse = await loginAs(browser, users.styrelse);
});
after(async () => { await browser?.close(); });

const run = (name, session, fn) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`start-${name}`, () => ({ page: session()?.page }), () => fn(session().page)));

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

/** "1 rapporter", "1 insatser", "1 varningar": a count of one with a plural noun. */
const wrongPlural = /(^|[^\d,])1 (rapporter|insatser|varningar|inkomna)\b/;

/** axe at both widths, no horizontal overflow at 390 px, and Swedish plurals. */
async function checkPage(page, what) {
    await assertAccessible(page, what);
    assert.doesNotMatch(await mainText(page), wrongPlural, `${what} has a wrong plural`);
    await page.setViewportSize(phone);
    try {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= phone.width, `${what} is ${width} px wide at ${phone.width} px`);
        await assertAccessible(page, `${what} at ${phone.width} px`);
    } finally {
        await page.setViewportSize(desktop);
    }
}

/** The paths of every report the page links to. */
async function reportLinks(page) {
    const hrefs = await page.locator('main a[href^="/rapporter/"]').evaluateAll(
        (links) => links.map((link) => link.getAttribute('href')));
    return [...new Set(hrefs)];
}

run('the kansli starts on its work', () => kansli, async (page) => {
    await gotoOk(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Kansliets arbete' }).waitFor();
    for (const heading of ['Att registrera', 'Att granska', 'Försenade rapporter',
        'Väntar på komplettering']) {
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    // The imported example reports are registered: the kansli has them to review.
    const toReview = page.locator('section', { has: page.getByRole('heading', { name: 'Att granska' }) });
    assert.ok(await toReview.locator('a[href^="/rapporter/"]').count() > 0, 'nothing to review');
    await checkPage(page, "the kansli's start page");
    await clickAndWait(page, page.getByRole('link', { name: 'Översikt per kvartal', exact: true }));
    assert.equal(pathOf(page), '/oversikt');
});

run("the insatsägare starts on their to-do, their own insats's only", () => agare, async (page) => {
    await gotoOk(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    for (const heading of ['Rapporter att lämna in', 'Komplettering begärd', 'Utkast']) {
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    const text = await mainText(page);
    for (const other of ['Vägvisaren', 'Jobbspåret', 'Samsyn']) {
        assert.ok(!text.includes(other), `the to-do of Stegvis names ${other}`);
    }
    await checkPage(page, "the insatsägare's start page");
});

run('the board starts on what was reviewed since a day it picks', () => styrelse, async (page) => {
    await gotoOk(page, '/');
    await page.getByRole('heading', { level: 1, name: /^Nytt sedan \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await page.getByLabel(/^Granskade sedan/).fill('2020-01-01');
    await clickAndWait(page, page.getByRole('button', { name: 'Visa', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Nytt sedan 2020-01-01' }).waitFor();
    await checkPage(page, "the board's start page");
    for (const link of await reportLinks(page)) {
        const response = await page.request.get(link);
        assert.equal(response.status(), 200, `the board's start page links ${link}, which it cannot open`);
    }
});

run('the overview counts each insats once, and the parts add up, in every quarter', () => kansli,
    async (page) => {
        await gotoOk(page, '/oversikt');
        const quarters = await page.getByLabel('Kvartal', { exact: true }).locator('option')
            .evaluateAll((options) => options.map((option) => option.value));
        assert.ok(quarters.length > 4, `only ${quarters.length} quarters to choose`);
        let counted = 0;
        for (const quarter of quarters) {
            await gotoOk(page, `/oversikt?kvartal=${quarter}`);
            const total = Number.parseInt(await page.locator('#counts-total strong').innerText(), 10);
            const parts = await page.locator('.counts__number').allInnerTexts();
            assert.equal(parts.length, 4, `${quarter}: the counts have ${parts.length} parts`);
            const sum = parts.reduce((all, part) => all + Number.parseInt(part, 10), 0);
            assert.equal(sum, total, `${quarter}: the parts ${parts.join(' + ')} do not add up to ${total}`);
            const rows = await page.getByRole('table', { name: /^Rapporter för/ })
                .locator('tbody tr').count();
            assert.equal(rows, total, `${quarter}: ${rows} insatser listed, ${total} counted`);
            counted += total;
        }
        assert.ok(counted > 0, 'no quarter has an insats that owes a report');
        await gotoOk(page, '/oversikt');
        await checkPage(page, 'the overview');
    });
