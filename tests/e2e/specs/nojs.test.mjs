// The application works without JavaScript: with scripts off, an insatsägare logs in, saves
// a kvartalsrapport as a draft, submits it, and the kansli sees it in the overview.
// Uses the oldest quarter of Stegvis, so it does not meet flow.test.mjs (the newest).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertTextVisible, guardedBefore, launchBrowser, loginAs, pathOf, stepper, users,
    withArtifacts,
} from '../lib/harness.mjs';
import {
    fillQuarterlyReport, openInsats, openNewQuarterlyReport, overviewStatus, sectionField,
    showOverviewQuarter, submitWith,
} from '../lib/pages.mjs';

const noScripts = { javaScriptEnabled: false };
const insats = users.agare.insats;
const activities = 'Utan JavaScript: två gruppträffar och individuella samtal.';

let browser;
let owner;
let kansli;
const state = {};

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, users.agare, noScripts);
    kansli = await loginAs(browser, users.kansli, noScripts);
});
after(async () => { await browser?.close(); });

const step = stepper((name, fn) => test(name, (t) => setup.skip(t) ||
    withArtifacts(`nojs-${name}`, () => ({ owner: owner?.page, kansli: kansli?.page }), () => fn(t))));

step('without JavaScript, the insatsägare saves a draft', async (t) => {
    const { page } = owner;
    await openInsats(page, insats);
    await openNewQuarterlyReport(page);
    const select = page.getByLabel('Kvartal', { exact: true });
    state.quarter = await select.evaluate((s) => s.options[s.options.length - 1].text.trim());
    await select.selectOption({ label: state.quarter });
    await fillQuarterlyReport(page, {
        sections: { '2.1 Aktiviteter': activities },
        figures: { 'Deltagare totalt': 5, 'Inskrivna vid periodens slut, totalt': 5, 'Avslutade': 0 },
    });
    await submitWith(page, 'Spara utkast');
    t.diagnostic(`${state.quarter}: ${page.url()}`);
    assert.equal(await sectionField(page, '2.1 Aktiviteter').inputValue(), activities,
        'the saved draft keeps the text');
});

step('without JavaScript, the insatsägare submits the draft', async () => {
    const { page } = owner;
    await fillQuarterlyReport(page, {
        sections: { '2.5 Sammanfattande bedömning': 'Fungerar bra även utan skript.' },
        reporter: users.agare.name,
        fillRest: 'Inget att rapportera.',
    });
    await submitWith(page, 'Skicka in');
    await assertTextVisible(page, 'Inskickad');
    assert.match(pathOf(page), /^\/rapporter\/\d+$/);
    state.reportPath = pathOf(page);
});

step('without JavaScript, the kansli sees it in the overview', async () => {
    const { page } = kansli;
    await showOverviewQuarter(page, state.quarter);
    assert.equal(await overviewStatus(page, insats, 'Inskickad'), state.reportPath);
});
