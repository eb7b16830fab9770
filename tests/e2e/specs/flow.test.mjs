// (2) The reporting cycle: the insatsägare submits a kvartalsrapport, the kansli sees it in the
// overview, registers it and asks for a completion, the insatsägare completes and submits
// again, the kansli sees it as submitted and marks it reviewed.
// The steps share state and run in order; once one fails, the rest are skipped.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, mainText, pathOf, stepper,
    users, withArtifacts,
} from '../lib/harness.mjs';
import {
    fillQuarterlyReport, openInsats, openNewQuarterlyReport, overviewRow, overviewStatus, reportPathAfterSubmit,
    sectionField, selectedQuarter, showOverviewQuarter, submitWith,
} from '../lib/pages.mjs';

const insats = users.agare.insats; // "Stegvis"
const activities = 'Under kvartalet har tolv deltagare deltagit i gruppträffar två gånger i veckan.';
const deviations = 'Inga avvikelser från planeringen under kvartalet.';
const deviationsCompleted = 'Budgeten för lokaler överskreds med 12 000 kr; åtgärd: delad lokal med Vägvisaren från nästa kvartal.';
const summary = 'Arbetet fungerar väl. Framgångsfaktor: tät kontakt med arbetsgivare.';
const comment = 'Komplettera avsnitt 2.2 med hur budgetavvikelsen för lokaler ska hanteras.';

let browser;
let owner; // { context, page } of the insatsägare
let kansli; // { context, page } of the kansli
const state = {}; // quarter, reportPath, diarienummer

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, users.agare);
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

/** The value shown for a label: the <dd> after a <dt>, else the text after the label. */
async function shownValue(page, label) {
    const dd = page.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]');
    if (await dd.count() > 0) return (await dd.innerText()).trim();
    const match = (await mainText(page)).match(new RegExp(`${label}:?\\s+(\\S+(?:\\s\\d[\\d.-]*)?)`));
    return match?.[1];
}

const step = stepper((name, fn) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`flow-${name}`, () => ({ owner: owner?.page, kansli: kansli?.page }), () => fn(t))));

step('the insatsägare fills in and submits a kvartalsrapport', async (t) => {
    const { page } = owner;
    state.insatsPath = await openInsats(page, insats);
    await openNewQuarterlyReport(page);
    state.quarter = await selectedQuarter(page);
    assert.match(state.quarter, /^\d{4} kvartal [1-4]$/, 'quarter options look like "2026 kvartal 3"');
    await fillQuarterlyReport(page, {
        sections: {
            '2.1 Aktiviteter': activities,
            '2.2 Avvikelser från planering': deviations,
            '2.5 Sammanfattande bedömning': summary,
        },
        figures: { 'Deltagare totalt': 12, 'Inskrivna vid periodens slut, totalt': 8, 'Avslutade': 4 },
        reporter: users.agare.name,
        fillRest: 'Inget särskilt att rapportera detta kvartal.',
    });
    await submitWith(page, 'Skicka in');
    await assertTextVisible(page, 'Inskickad', 'after "Skicka in" the report should have the status "Inskickad"');
    state.reportPath = await reportPathAfterSubmit(page, state.quarter);
    assert.match(state.reportPath, /^\/rapporter\/\d+$/);
    t.diagnostic(`${state.quarter}: ${state.reportPath}`);
});

step('the kansli sees the report as "Inskickad" in the overview', async () => {
    const { page } = kansli;
    await showOverviewQuarter(page, state.quarter);
    const statusPath = await overviewStatus(page, insats, 'Inskickad');
    assert.equal(statusPath, state.reportPath, 'the status links to the submitted report');
});

step('the kansli opens the report and registers it (diarienummer)', async (t) => {
    const { page } = kansli;
    await clickAndWait(page, overviewRow(page, insats).getByRole('link', { name: 'Inskickad', exact: true }));
    assert.equal(pathOf(page), state.reportPath);
    await assertTextVisible(page, activities, 'the report page shows the submitted text');
    await submitWith(page, 'Registrera');
    await assertTextVisible(page, 'Diarienummer');
    await assertTextVisible(page, 'Registrerad', 'after "Registrera" the status is "Registrerad"');
    state.diarienummer = await shownValue(page, 'Diarienummer');
    assert.ok(/\d/.test(state.diarienummer ?? ''),
        `a diarienummer is shown after "Registrera" (got "${state.diarienummer}")`);
    t.diagnostic(`diarienummer ${state.diarienummer}`);
});

step('the kansli asks for a completion with a comment', async () => {
    const { page } = kansli;
    await page.getByRole('textbox', { name: 'Kommentar', exact: true }).fill(comment);
    await submitWith(page, 'Begär komplettering');
    await assertTextVisible(page, 'Komplettering begärd');
    await showOverviewQuarter(page, state.quarter);
    await overviewStatus(page, insats, 'Komplettering begärd');
});

step('the insatsägare sees the request and the comment', async () => {
    const { page } = owner;
    await gotoOk(page, state.reportPath);
    await assertTextVisible(page, 'Komplettering begärd');
    await assertTextVisible(page, comment, 'the kansli\'s comment is shown to the insatsägare');
});

step('the insatsägare edits the report and submits it again', async () => {
    const { page } = owner;
    await clickAndWait(page, page.getByRole('link', { name: 'Redigera', exact: true }));
    assert.equal(await sectionField(page, '2.1 Aktiviteter').inputValue(), activities,
        'the form keeps the text submitted before');
    await fillQuarterlyReport(page, { sections: { '2.2 Avvikelser från planering': deviationsCompleted } });
    await submitWith(page, 'Skicka in');
    await assertTextVisible(page, 'Inskickad');
    await gotoOk(page, state.reportPath);
    await assertTextVisible(page, deviationsCompleted, 'the report shows the completed text');
});

step('the kansli sees the completed report as "Inskickad" again', async () => {
    const { page } = kansli;
    await showOverviewQuarter(page, state.quarter);
    const statusPath = await overviewStatus(page, insats, 'Inskickad');
    assert.equal(statusPath, state.reportPath, 'the resubmission is the same report');
});

step('the kansli marks the report as reviewed ("Granskad")', async () => {
    const { page } = kansli;
    await gotoOk(page, state.reportPath);
    await assertTextVisible(page, deviationsCompleted);
    // A resubmitted report is "Inskickad" again; it may have to be registered again first.
    if (await page.getByRole('button', { name: 'Registrera', exact: true }).count() > 0) {
        await submitWith(page, 'Registrera');
        await assertTextVisible(page, 'Registrerad');
    }
    await submitWith(page, 'Markera som granskad');
    await assertTextVisible(page, 'Granskad');
    await showOverviewQuarter(page, state.quarter);
    await overviewStatus(page, insats, 'Granskad');
});
