// (issue 13) A goal measured by a survey: the kansli sets, on Samsyn i dalen's insats form,
// "70 % mår bra vid avslut" measured by the share of Självskattning's end answers of 7 or more
// to the health question; a question of another survey is refused at its field; the insats's page
// says what the goal is measured by; the board's report of 2025 (its HTML file) shows the
// outcome with the answers it is of. axe finds nothing on the form. The answers are written straight into the
// e2e database (the answer page is another spec's), in week 10 of 2025, for an insats no other
// spec answers surveys for.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser,
    loginAs, mainText, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

const insats = 'Samsyn i dalen';
const goal = '70 % mår bra vid avslut';
let browser;
let kansli; // { context, page }
let styrelse;

function sql(statement) {
    return execFileSync('sqlite3', [process.env.FINSAM_E2E_DB, statement], { encoding: 'utf8' }).trim();
}

/** 10 end answers of health in 2025: five 6s and five 8s, so half are 7 or more. */
function answerAtTheEnd(interventionId) {
    const rows = [6, 6, 6, 6, 6, 8, 8, 8, 8, 8].map((value) =>
        `(abs(random()), ${interventionId}, 'sjalvskattning', 'end', 'participant', ` +
        `'2025-W10', '{"halsa":${value}}')`);
    sql('INSERT INTO survey_answers (id, intervention_id, survey_id, time_point, respondent, ' +
        `week, answer_values) VALUES ${rows.join(', ')}`);
}

const setup = guardedBefore(before, async () => {
    assert.ok(process.env.FINSAM_E2E_DB, 'run.sh exports FINSAM_E2E_DB');
    const id = sql(`SELECT id FROM interventions WHERE name = '${insats}'`);
    assert.match(id, /^\d+$/, `no insats ${insats}`);
    answerAtTheEnd(id);
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    styrelse = await loginAs(browser, users.styrelse);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, session, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`survey-goal-${name}`, () => ({ page: session()?.page }), () => fn(session().page)));

/** The insats's edit form, and its first goal row without a goal. */
async function openForm(page) {
    await gotoOk(page, '/insatser');
    await clickAndWait(page, page.getByRole('link', { name: insats, exact: true }));
    await clickAndWait(page, page.getByRole('link', { name: 'Redigera insatsen', exact: true }));
    const rows = page.getByRole('group', { name: /^Mål \d+$/ });
    for (let index = 0; index < await rows.count(); index += 1) {
        const row = rows.nth(index);
        if (await row.getByLabel('Mål', { exact: true }).inputValue() === '')
            return row;
    }
    throw new Error('no empty goal row');
}

async function fillSurveyGoal(row, question) {
    await row.getByLabel('Mål', { exact: true }).fill(goal);
    await row.getByLabel('Målvärde', { exact: true }).fill('70');
    await row.getByLabel('Mäts med enkät', { exact: true }).selectOption(question.survey);
    await row.getByLabel('Enkätfråga', { exact: true }).selectOption(question.id);
    await row.getByLabel('Hur svaren mäter målet', { exact: true }).selectOption('share_at_or_above');
    await row.getByLabel('Från skalsteg (1–10)', { exact: true }).fill('7');
}

// The form lists each survey's questions under its name; a question chosen under another
// survey than the one chosen is refused at the question.
run('a question of another survey is refused at its field', () => kansli, async (page) => {
    const row = await openForm(page);
    await fillSurveyGoal(row, { survey: 'exempeldalen_uppfoljning', id: 'halsa' });
    await clickAndWait(page, page.getByRole('button', { name: 'Spara', exact: true }));
    await assertTextVisible(page, 'Frågan finns inte i enkäten');
    await assertAccessible(page, 'the insats form with a survey goal refused');
});

run('the kansli measures a goal by the self-assessment', () => kansli, async (page) => {
    const row = await openForm(page);
    await assertAccessible(page, 'the insats form with survey measures');
    await fillSurveyGoal(row, { survey: 'sjalvskattning', id: 'halsa' });
    await clickAndWait(page, page.getByRole('button', { name: 'Spara', exact: true }));
    await assertTextVisible(page, goal);
    assert.match(await mainText(page), /70 % \(Självskattning: ”[^”]+”, andel som svarar 7 eller högre vid avslut\)/);
});

run('the board report of 2025 shows the goal\'s outcome with its answers', () => styrelse, async (page) => {
    const answer = await page.request.get('/styrelserapport?period=2025&format=html');
    assert.equal(answer.status(), 200);
    const report = await page.context().newPage();
    try {
        await report.setContent(await answer.text(), { waitUntil: 'load' });
        const part = report.locator('article', { has: report.getByRole('heading', { name: insats, exact: true }) });
        const row = part.locator('table.goals tbody tr', { has: report.locator('th', { hasText: goal }) });
        const cells = await row.locator('td').allInnerTexts();
        assert.deepEqual(cells.slice(0, 3).map((text) => text.replace(/\u00a0/g, ' ')),
            ['70 %', '50 % (n = 10)', 'Efter plan']);
    } finally {
        await report.close();
    }
});
