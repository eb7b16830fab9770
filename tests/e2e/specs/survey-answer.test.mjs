// (Issue 13) An anonymous survey answered end to end at a phone's width (390 px): the kansli
// opens rounds of "Unga på väg" (no other spec uses surveys), a participant answers on the
// link without logging in, twice from the same browser, and with a one-time code, which is
// refused the second time. Then the whole database (a dump before and after the answers, and
// the files' bytes) and the server's log are read: no IP address, user agent, cookie,
// referrer or time finer than the week is kept of an answer, and the two answers of one
// browser have nothing that ties them together.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import {
    assertAccessible, baseUrl, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs,
    newSession, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

const phone = { width: 390, height: 844 };
const databaseFile = process.env.FINSAM_E2E_DB;
const serverLog = process.env.FINSAM_E2E_SERVER_LOG;

let browser;
let kansli;
let participant; // one phone's browser, never logged in
const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    participant = await newSession(browser);
    await participant.page.setViewportSize(phone);
});
after(async () => { await browser?.close(); });

function dump() {
    return execFileSync('sqlite3', [databaseFile, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function rows(sql) {
    const out = execFileSync('sqlite3', ['-json', databaseFile, sql], { encoding: 'utf8' }).trim();
    return out ? JSON.parse(out) : [];
}

/** Opens a round on the insats's Enkäter page and returns its link. */
async function openRound(page, surveyName, timePoint, { codes = false } = {}) {
    const before = await page.locator('td.survey-link a').count();
    await page.getByLabel(surveyName, { exact: false }).check();
    await page.getByRole('group', { name: 'Tillfälle' }).getByLabel(timePoint, { exact: true }).check();
    await page.getByLabel('Deltagare', { exact: true }).check();
    if (codes) await page.getByLabel(/Med engångskoder/).check();
    await clickAndWait(page, page.getByRole('button', { name: 'Öppna omgången' }));
    assert.equal(await page.locator('td.survey-link a').count(), before + 1, 'the new round is listed');
    // Newest first.
    return page.locator('td.survey-link a').first().getAttribute('href');
}

/** Answers the self-assessment's six scales with `value` and sends the form. */
async function answerSelfAssessment(page, link, value) {
    await gotoOk(page, link);
    for (const group of await page.locator('fieldset.survey__question').all())
        await group.getByLabel(String(value), { exact: true }).check();
    await clickAndWait(page, page.getByRole('button', { name: 'Skicka svaren' }));
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
}

const step = stepper(test);
const state = {};

step('the kansli opens a round without codes and one with codes, and prints the codes',
    async (t) => {
        if (setup.skip(t)) return;
        await withArtifacts('survey-kansli', () => ({ page: kansli.page }), async () => {
            const { page } = kansli;
            await page.setViewportSize(phone);
            const insatsPath = await openInsats(page, users.unga.insats);
            await clickAndWait(page, page.getByRole('link', { name: 'Enkäter', exact: true }));
            assert.equal(pathOf(page), `${insatsPath}/enkater`);
            await assertAccessible(page, 'the Enkäter page');
            state.plainLink = await openRound(page, 'Självskattning', 'Start');
            state.codeLink = await openRound(page, 'Vad tyckte du om insatsen?', 'Avslut', { codes: true });
            assert.match(state.plainLink, /^http:\/\/[^/]+\/e\/[A-Za-z0-9_-]{43}$/);
            // The print page of the plain round: the link as text and as a QR code.
            await clickAndWait(page, page.getByRole('link', { name: 'Skriv ut' }).nth(1));
            assert.ok(await page.locator('svg.qr-code path').count() === 1, 'a QR code is drawn');
            assert.ok((await page.locator('.survey-print__link').innerText()).includes(state.plainLink));
            await assertAccessible(page, 'the print page');
            // Two codes for the round with codes: shown once, on the page that makes them.
            await page.goBack();
            await page.locator('input[name=antal]').first().fill('2');
            await clickAndWait(page, page.getByRole('button', { name: 'Skapa koder' }).first());
            state.codes = await page.locator('.survey-codes__code').allInnerTexts();
            assert.equal(state.codes.length, 2);
            for (const code of state.codes) assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
            await page.setViewportSize({ width: 1280, height: 900 });
        });
    });

step('a participant answers twice from one phone without login or cookie', async (t) => {
    if (setup.skip(t)) return;
    await withArtifacts('survey-answer', () => ({ page: participant.page }), async () => {
        const { page, context } = participant;
        state.userAgent = await page.evaluate(() => navigator.userAgent);
        state.dumpBefore = dump();
        state.logBefore = fs.existsSync(serverLog ?? '') ? fs.statSync(serverLog).size : 0;

        await gotoOk(page, state.plainLink);
        await assertAccessible(page, 'the survey');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= phone.width, `the survey is ${width} px wide at 390 px`);
        // Sent with nothing chosen: every question says what is missing.
        await clickAndWait(page, page.getByRole('button', { name: 'Skicka svaren' }));
        await page.getByRole('alert').waitFor();
        assert.equal(await page.locator('.field__error').count(), 6);
        await assertAccessible(page, 'the survey with errors');

        await answerSelfAssessment(page, state.plainLink, 4);
        await answerSelfAssessment(page, state.plainLink, 8);
        await assertAccessible(page, 'the thank-you page');
        assert.deepEqual(await context.cookies(), [], 'no cookie is set');
    });
});

step('a one-time code is spent once', async (t) => {
    if (setup.skip(t)) return;
    await withArtifacts('survey-code', () => ({ page: participant.page }), async () => {
        const { page } = participant;
        const answer = async (code) => {
            await gotoOk(page, state.codeLink);
            await page.getByLabel('Kod från din lapp *').fill(code.toLowerCase());
            await page.getByLabel('Mycket bra', { exact: true }).check();
            await page.getByRole('group', { name: /rekommendera/ }).getByLabel('Ja', { exact: true }).check();
            await page.getByLabel('Samtal med min kontaktperson').check();
            await clickAndWait(page, page.getByRole('button', { name: 'Skicka svaren' }));
        };
        await answer(state.codes[0]);
        await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
        await answer(state.codes[0]);
        await page.getByRole('alert').waitFor();
        assert.match(await page.locator('.field__error').first().innerText(), /Koden gäller inte/);
    });
});

step('the same form sent twice makes one answer', async (t) => {
    if (setup.skip(t)) return;
    const { page } = participant;
    const count = () => rows("SELECT COUNT(*) AS n FROM survey_answers WHERE survey_id = 'sjalvskattning'")[0].n;
    const before = count();
    await gotoOk(page, state.plainLink);
    const nonce = await page.locator('input[name=formular]').inputValue();
    const form = { formular: nonce };
    for (const name of await page.locator('fieldset input[type=radio]').evaluateAll(
        (inputs) => [...new Set(inputs.map((input) => input.name))])) form[name] = '6';
    for (let attempt = 0; attempt < 2; ++attempt) {
        const response = await page.request.post(state.plainLink, { form, maxRedirects: 0 });
        assert.equal(response.status(), 303);
    }
    assert.equal(count(), before + 1);
});

step('nothing in the database or the log ties an answer to a person, a browser or a moment',
    async (t) => {
        if (setup.skip(t)) return;
        const after = dump();
        const beforeLines = new Set(state.dumpBefore.split('\n'));
        const added = after.split('\n').filter((line) => !beforeLines.has(line));
        // What the answers changed: survey_answers rows, nothing else (the spent code is gone).
        const elsewhere = added.filter((line) => !line.startsWith('INSERT INTO survey_answers '));
        assert.deepEqual(elsewhere, [], 'answering wrote nothing but survey answers');
        assert.ok(!after.includes(`'${state.codes[0]}'`), 'no code is stored as typed');

        const answers = rows('SELECT * FROM survey_answers');
        assert.ok(answers.length >= 4);
        for (const answer of answers) {
            assert.deepEqual(Object.keys(answer).sort(), ['answer_values', 'id', 'intervention_id',
                'respondent', 'survey_id', 'time_point', 'week']);
            assert.match(answer.week, /^\d{4}-W\d{2}$/);
            assert.doesNotMatch(answer.answer_values, /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/);
        }
        // The two answers of one browser: apart from the answers themselves, only what every
        // answer to the round shares; keys at random, not in a row.
        const byHealth = (value) => rows("SELECT * FROM survey_answers WHERE survey_id = 'sjalvskattning'")
            .find((answer) => JSON.parse(answer.answer_values).halsa === value);
        const [first, second] = [byHealth(4), byHealth(8)];
        assert.ok(first && second);
        for (const column of ['intervention_id', 'survey_id', 'time_point', 'respondent', 'week'])
            assert.equal(first[column], second[column]);
        assert.ok(Math.abs(Number(BigInt(first.id) - BigInt(second.id))) > 1000);

        // The files themselves: no address, browser or referrer in any byte.
        // (Other specs' e-mail may hold the server's own address: the client's is looked for
        // in what answering added.)
        const bytes = Buffer.concat([databaseFile, `${databaseFile}-wal`]
            .filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file)));
        for (const needle of [state.userAgent, 'HeadlessChrome', state.plainLink])
            assert.equal(bytes.indexOf(needle), -1, `the database holds "${needle}"`);
        for (const needle of ['127.0.0.1', '::1', 'Mozilla'])
            assert.ok(!added.join('\n').includes(needle), `an answer holds "${needle}"`);

        // The server's log while the participant answered: nothing of the request.
        if (serverLog) {
            const log = fs.readFileSync(serverLog, 'utf8').slice(state.logBefore);
            const host = new URL(baseUrl).host;
            for (const needle of [state.userAgent, 'Mozilla', '/e/', host, '127.0.0.1'])
                assert.ok(!log.includes(needle), `the server's log holds "${needle}"`);
        }
    });
