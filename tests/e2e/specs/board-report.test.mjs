// (10) The board report (Styrelserapport) of 2025: the kansli reads it on its page, writes the
// text under a heading of an insats, downloads it as PDF and Word; the board reads the same
// report with the kansli's text and nothing to edit. axe finds nothing on these pages.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser,
    loginAs, mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

let browser;
let kansli; // { context, page }
let styrelse;
const kansliText = 'Kansliets sammanfattning: insatsen har nått fler deltagare än planerat.';

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    styrelse = await loginAs(browser, users.styrelse);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, session, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`board-report-${name}`, () => ({ page: session()?.page }), () => fn(session().page)));

run('the kansli reads the report of 2025 on its page', () => kansli, async (page) => {
    await gotoOk(page, '/');
    await clickAndWait(page, page.getByRole('link', { name: 'Styrelserapport', exact: true }));
    assert.equal(pathOf(page), '/styrelserapport');
    await page.getByLabel('Period', { exact: true }).fill('2025');
    await clickAndWait(page, page.getByRole('button', { name: 'Visa', exact: true }));
    await assertTextVisible(page, 'Styrelserapport 2025');
    await assertTextVisible(page, users.annan.insats);
    assert.match(await mainText(page), /kansliets exemplar/);
    await assertAccessible(page, 'the board report page, the kansli\'s copy');
});

run('the kansli writes the text under Resultat for an insats', () => kansli, async (page) => {
    const part = page.locator('article', { has: page.getByRole('heading', { name: users.annan.insats, exact: true }) });
    const edit = part.getByRole('link', { name: new RegExp(`(Ändra|Skriv en text) texten? under Resultat för ${users.annan.insats}`) });
    await clickAndWait(page, edit.first());
    assert.equal(pathOf(page), '/styrelserapport/text');
    await assertAccessible(page, 'the form for a text of the board report');
    await page.getByLabel('Resultat', { exact: true }).fill(kansliText);
    await clickAndWait(page, page.getByRole('button', { name: 'Spara texten', exact: true }));
    assert.equal(pathOf(page), '/styrelserapport');
    await assertTextVisible(page, kansliText);
    assert.match(await mainText(page), /Resultat \(kansliets text\)/);
});

run('a personnummer in the text is refused at the field', () => kansli, async (page) => {
    const part = page.locator('article', { has: page.getByRole('heading', { name: users.annan.insats, exact: true }) });
    await clickAndWait(page, part.getByRole('link', { name: `Ändra texten under Resultat för ${users.annan.insats}` }));
    await page.getByLabel('Resultat', { exact: true }).fill('Deltagaren 19121212-1212 har fått arbete.');
    await clickAndWait(page, page.getByRole('button', { name: 'Spara texten', exact: true }));
    assert.match(await page.locator('#f-text-error').innerText(), /personnummer/i);
    await assertAccessible(page, 'the form with a refused text');
});

run('the report downloads as PDF and Word', () => kansli, async (page) => {
    for (const [label, type] of [['PDF', 'application/pdf'], ['Word (DOCX)', 'wordprocessingml']]) {
        await gotoOk(page, '/styrelserapport?period=2025');
        const link = page.getByRole('link', { name: label, exact: true });
        const answer = await page.request.get(await link.getAttribute('href'));
        assert.equal(answer.status(), 200, label);
        assert.match(answer.headers()['content-type'], new RegExp(type), label);
        assert.ok((await answer.body()).length > 1000, `${label} has content`);
    }
});

run('the board reads the same report with the kansli\'s text and edits nothing', () => styrelse, async (page) => {
    await gotoOk(page, '/styrelserapport?period=2025');
    await assertTextVisible(page, 'Styrelserapport 2025');
    await assertTextVisible(page, kansliText);
    assert.equal(await page.locator('a[href^="/styrelserapport/text"]').count(), 0);
    assert.doesNotMatch(await mainText(page), /kansliets exemplar/);
    await assertAccessible(page, 'the board report page, the board\'s copy');
});

/** Opens the report's standalone HTML file (as the browser would open the download) in a
 * page of its own, for axe. */
async function openStandaloneHtml(session) {
    const answer = await session.page.request.get('/styrelserapport?period=2025&format=html');
    assert.equal(answer.status(), 200);
    assert.match(answer.headers()['content-disposition'], /styrelserapport-2025\.html/);
    const page = await session.context.newPage();
    await page.setContent(await answer.text(), { waitUntil: 'load' });
    return page;
}

run('the report as a web page of its own is accessible, the kansli\'s copy', () => kansli, async () => {
    const page = await openStandaloneHtml(kansli);
    try {
        assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
        assert.ok(await page.getByRole('heading', { name: users.annan.insats, exact: true }).count() > 0);
        await assertAccessible(page, 'the board report\'s HTML file, the kansli\'s copy');
    } finally {
        await page.close();
    }
});

run('the report as a web page of its own is accessible, the board\'s copy', () => styrelse, async () => {
    const page = await openStandaloneHtml(styrelse);
    try {
        assert.doesNotMatch(await page.locator('body').innerText(), /Att se över innan rapporten går till styrelsen/);
        await assertAccessible(page, 'the board report\'s HTML file, the board\'s copy');
    } finally {
        await page.close();
    }
});
