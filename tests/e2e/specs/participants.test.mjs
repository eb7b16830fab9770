// The participant statistics of a kvartalsrapport: the insatsägare fills in the table, a sum
// that does not add up gets its message at the total's field (axe-clean with the error), and
// after correcting it the report is submitted.
// Uses the second oldest quarter of Stegvis: not the oldest (nojs.test.mjs) nor the newest
// (flow.test.mjs), and before the quarters of the imported example reports.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, guardedBefore, launchBrowser, loginAs, stepper, users,
    withArtifacts,
} from '../lib/harness.mjs';
import {
    fillQuarterlyReport, openInsats, openNewQuarterlyReport, submitWith,
} from '../lib/pages.mjs';

const wrongSum = 'Kvinnor, män och annat/okänt är tillsammans 3, men totalt står 4.';

let browser;
let owner;

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
});
