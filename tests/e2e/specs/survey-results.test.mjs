// (issue 13) Enkätresultat of an insats: the kansli reads the self-assessment's results of
// 2025 with the small counts marked and downloads them; the board reads the same page with
// the small counts hidden, and the results in its board report; an insatsägare cannot open
// another insats's results. axe finds nothing on these pages. The answers are written straight into the e2e database (the answer
// page is another spec's), in week 10 of 2025, for an insats no other spec answers surveys
// for.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser,
    loginAs, mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

const insats = 'Jobbspåret'; // in the board's report of 2025, and not agare's
let browser;
let kansli; // { context, page }
let styrelse;
let agare;

function sql(statement) {
    return execFileSync('sqlite3', [process.env.FINSAM_E2E_DB, statement], { encoding: 'utf8' }).trim();
}

/** 12 start answers of health (ten 5s and 6s, two 2s) and 6 end answers, in 2025. */
function answerTheSelfAssessment(interventionId) {
    const answers = [
        ...[5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 2, 2].map((value) => ['start', value]),
        ...[7, 7, 8, 8, 8, 9].map((value) => ['end', value]),
    ];
    const rows = answers.map(([timePoint, value]) =>
        `(abs(random()), ${interventionId}, 'sjalvskattning', '${timePoint}', 'participant', ` +
        `'2025-W10', '{"halsa":${value}}')`);
    sql('INSERT INTO survey_answers (id, intervention_id, survey_id, time_point, respondent, ' +
        `week, answer_values) VALUES ${rows.join(', ')}`);
}

const setup = guardedBefore(before, async () => {
    assert.ok(process.env.FINSAM_E2E_DB, 'run.sh exports FINSAM_E2E_DB');
    const id = sql(`SELECT id FROM interventions WHERE name = '${insats}'`);
    assert.match(id, /^\d+$/, `no insats ${insats}`);
    answerTheSelfAssessment(id);
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    styrelse = await loginAs(browser, users.styrelse);
    agare = await loginAs(browser, users.agare);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, session, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`survey-results-${name}`, () => ({ page: session()?.page }), () => fn(session().page)));

/** From the insats's page to its results of the self-assessment in 2025. */
async function openResults(page) {
    await gotoOk(page, '/insatser');
    await clickAndWait(page, page.getByRole('link', { name: insats, exact: true }));
    await clickAndWait(page, page.getByRole('link', { name: 'Enkätresultat', exact: true }));
    assert.match(pathOf(page), /^\/insatser\/\d+\/enkatresultat$/);
    await page.getByLabel('Enkät', { exact: true }).selectOption('sjalvskattning');
    await page.getByLabel('Period', { exact: true }).fill('2025');
    await clickAndWait(page, page.getByRole('button', { name: 'Visa', exact: true }));
    await assertTextVisible(page, 'Enkätresultat: Självskattning');
}

run('the kansli reads the results with the small counts marked', () => kansli, async (page) => {
    await openResults(page);
    await assertTextVisible(page, 'Svar och medelvärden');
    await assertTextVisible(page, 'Förändring start–slut');
    assert.match(await mainText(page), /Svar under 2025-01-01 – 2025-12-31/);
    assert.ok(await page.locator('td.cell--marked').count() > 0, 'the 2s are marked');
    await assertAccessible(page, 'the survey results, the kansli\'s view');
});

run('the kansli downloads the results as CSV', () => kansli, async (page) => {
    const link = page.getByRole('link', { name: 'CSV', exact: true });
    const response = await page.request.get(await link.getAttribute('href'));
    assert.equal(response.status(), 200);
    const csv = await response.text();
    assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark for Excel');
    assert.match(csv, /;Start;Deltagare;12;4,92;5\r\n/);
});

run('the board reads the ended half years with the small counts hidden', () => styrelse, async (page) => {
    await openResults(page);
    assert.match(await mainText(page), /avslutade halvår: 2025-01-01 – 2025-06-30, 2025-07-01 – 2025-12-31/);
    assert.equal(await page.locator('td.cell--marked').count(), 0);
    assert.ok(await page.locator('abbr[title="Uppgiften visas inte"]').count() > 0, 'hidden cells');
    await assertAccessible(page, 'the survey results, the board\'s view');
});

run('the board report of 2025 shows the insats\'s survey results', () => styrelse, async (page) => {
    await gotoOk(page, '/styrelserapport?period=2025');
    const part = page.locator('article', { has: page.getByRole('heading', { name: insats, exact: true }) });
    await part.getByRole('heading', { name: 'Enkätresultat: Självskattning', exact: true }).waitFor();
    assert.match(await part.locator('table').first().innerText(), /Svar vid start/);
    await assertAccessible(page, 'the board report with survey results');
});

run('an insatsägare cannot open another insats\'s results', () => agare, async (page) => {
    const id = sql(`SELECT id FROM interventions WHERE name = '${insats}'`);
    const response = await page.goto(`/insatser/${id}/enkatresultat?period=2025`);
    assert.equal(response.status(), 403);
});
