// The participant statistics of a kvartalsrapport: the insatsägare fills in the table, a sum
// that does not add up gets its message at the total's field (axe-clean with the error), and
// after correcting it the report is submitted. Once the kansli has reviewed it, the board's
// statistics page shows the quarter with the small counts hidden, and the kansli's marks
// them (both axe-clean).
// Uses the second oldest quarter of Stegvis: not the oldest (nojs.test.mjs) nor the newest
// (flow.test.mjs), and before the quarters of the imported example reports.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, gotoOk, guardedBefore, launchBrowser, loginAs, stepper,
    users, withArtifacts,
} from '../lib/harness.mjs';
import {
    fillQuarterlyReport, openInsats, openNewQuarterlyReport, reportPathAfterSubmit, submitWith,
} from '../lib/pages.mjs';

const wrongSum = 'Kvinnor, män och annat/okänt är tillsammans 3, men totalt står 4.';

let browser;
let owner;
let quarterStart; // YYYY-MM-DD of the reported quarter
let reportPath;

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, users.agare);
});
after(async () => { await browser?.close(); });

const step = stepper((name, fn) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`participants-${name}`, () => ({ owner: owner?.page }), () => fn(t))));

step('the insatsägare fills in the participant table with a total that does not add up', async (t) => {
    const { page } = owner;
    await openInsats(page, users.agare.insats);
    await openNewQuarterlyReport(page);
    const select = page.getByLabel('Kvartal', { exact: true });
    const quarter = await select.evaluate((s) => s.options[s.options.length - 2]?.text.trim());
    assert.ok(quarter, 'the quarter select offers at least two quarters');
    await select.selectOption({ label: quarter });
    quarterStart = await select.inputValue();
    t.diagnostic(quarter);
    const table = page.getByRole('table', { name: 'Deltagare under perioden' });
    assert.equal(await table.getByRole('columnheader', { name: 'Annat/okänt' }).count(), 1);
    assert.equal(await table.getByRole('rowheader', { name: 'Avslutade under perioden' }).count(), 1);
    await fillQuarterlyReport(page, {
        sections: {
            '2.1 Aktiviteter': 'Tre nya deltagare började i gruppen.',
            '2.5 Sammanfattande bedömning': 'Insatsen fungerar väl.',
        },
        figures: {
            'Nya under perioden, kvinnor': 2,
            'Nya under perioden, män': 1,
            'Nya under perioden, totalt': 4,
            'Inskrivna vid periodens slut, totalt': 6,
            'Avslutade under perioden, män': 1,
            'Avslutade under perioden, totalt': 1,
            'Avslutade efter avslutsorsak – Arbete': 1,
            'Nya efter remittent – Arbetsförmedlingen': 3,
        },
        reporter: users.agare.name,
    });
    await submitWith(page, 'Skicka in');

    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: wrongSum }).waitFor({ timeout: 5_000 })
        .catch(() => assert.fail('the error summary links to the wrong sum'));
    const total = page.getByLabel('Nya under perioden, totalt', { exact: true });
    const described = await total.evaluate((el) => ({
        invalid: el.getAttribute('aria-invalid'),
        value: el.value,
        description: (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
    }));
    assert.equal(described.invalid, 'true', 'the total is marked invalid');
    assert.equal(described.value, '4', 'the form shows the total back as typed');
    assert.match(described.description, new RegExp(wrongSum), 'the total is described by the message');
    await assertAccessible(page, 'the kvartalsrapport form with the participant table and its error');
});

step('after correcting the total the report is submitted', async () => {
    const { page } = owner;
    await fillQuarterlyReport(page, { figures: { 'Nya under perioden, totalt': 3 } });
    await submitWith(page, 'Skicka in');
    await assertTextVisible(page, 'Inskickad', 'after "Skicka in" the report should be "Inskickad"');
    reportPath = await reportPathAfterSubmit(page, '');
});

/** The statistics page's period for the reported quarter: 2024Q2. */
function statisticsPeriod() {
    const [year, month] = quarterStart.split('-').map(Number);
    return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The texts of the cells of the insats's row in the participants table. */
async function participantCells(page) {
    const table = page.getByRole('table', { name: /^Deltagare / });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: users.agare.insats, exact: true }) });
    assert.equal(await row.count(), 1, `one row of ${users.agare.insats} in the participants table`);
    return row.getByRole('cell').allInnerTexts();
}

step('the kansli reviews the report and sees the small counts marked', async () => {
    const kansli = await loginAs(browser, users.kansli);
    try {
        const { page } = kansli;
        await gotoOk(page, reportPath);
        if (await page.getByRole('button', { name: 'Registrera', exact: true }).count() > 0) {
            await submitWith(page, 'Registrera');
            await assertTextVisible(page, 'Registrerad');
        }
        await submitWith(page, 'Markera som granskad');
        await assertTextVisible(page, 'Granskad');
        await gotoOk(page, `/statistik?period=${statisticsPeriod()}`);
        const cells = await participantCells(page);
        assert.ok(cells.some((text) => text.includes('visas inte för styrelsen')),
            `the kansli sees the small counts marked (${cells.join(' | ')})`);
        await assertAccessible(page, 'the kansli\'s statistics page');
        await gotoOk(page, `/statistik/uppfoljning-finsam?ar=${quarterStart.slice(0, 4)}`);
        await assertTextVisible(page, users.agare.insats, 'the insats is among the register figures');
        await assertAccessible(page, 'the Uppföljning Finsam page');
    } finally {
        await kansli.context.close();
    }
});

step('the board sees the quarter with the small counts hidden', async () => {
    const board = await loginAs(browser, users.styrelse);
    try {
        const { page } = board;
        await gotoOk(page, `/statistik?period=${statisticsPeriod()}`);
        const cells = (await participantCells(page)).map((text) => text.trim());
        assert.ok(cells.includes('..'), `the board sees hidden cells (${cells.join(' | ')})`);
        for (const small of ['1', '2', '3', '4']) {
            assert.ok(!cells.includes(small), `the board sees no count of ${small} (${cells.join(' | ')})`);
        }
        await assertAccessible(page, 'the board\'s statistics page');
    } finally {
        await board.context.close();
    }
});
