// Issue 12, point 3: a report in no template's layout is kept as an övrig rapport. The kansli
// imports another förbund's annual report that lists two insatser and a summary that names
// none: the review says they were read without a template, refuses to save the one without an
// insats with the message at its field, and saves all three once the kansli names it.
// axe finds nothing on the review, with and without the error.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, mainText,
    pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

const annualReport = `Årsberättelse 2025
Samordningsförbundet Grannbygden

1. Inledning
Förbundet finansierade under året två insatser, som båda redovisas nedan med sina resultat.

2. Insatser under året

2.1 Ljusglimten
Projektägare: Grannby kommun
Ljusglimten ger stöd till unga vuxna som varken arbetar eller studerar. Under året har 21
deltagare varit inskrivna. Fem deltagare har avslutats till arbete.

2.2 Bärkraften
Projektägare: Region Grannland
Bärkraften erbjuder arbetslivsinriktad rehabilitering. Totalt har 17 deltagare tagit del av
insatsen under året.
`;

const summary = `Sammanfattning av samverkansåret

Under året har samverkan mellan parterna fortsatt med gemensamma utbildningsdagar och
regelbundna träffar mellan handläggare från Försäkringskassan, Arbetsförmedlingen, regionen och
kommunen.

Lärdomar
Det tar tid att bygga förtroende mellan organisationer, och det lönar sig för alla parter när
handläggarna känner varandra.
`;

const files = [
    { name: 'grannbygden-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(annualReport) },
    { name: 'samverkansaret.txt', mimeType: 'text/plain', buffer: Buffer.from(summary) },
];

let browser;
let kansli; // { context, page }

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`import-any-layout-${name}`, () => ({ page: kansli?.page }), () => fn(kansli.page)));

run('the review says the files were read without a template', async (page) => {
    await gotoOk(page, '/import');
    await page.getByLabel('Filer', { exact: true }).setInputFiles(files);
    await page.getByRole('button', { name: 'Läs filerna', exact: true }).click();
    await page.waitForURL(/\/import\/granska/, { timeout: 15_000 });
    const text = await mainText(page);
    assert.match(text, /Övrig rapport 1: Ljusglimten \(läst utan mall\)/);
    assert.match(text, /Övrig rapport 2: Bärkraften \(läst utan mall\)/);
    assert.match(text, /Övrig rapport 1: insats saknas \(läst utan mall\)/);
    assert.match(text, /Läst utan mall: avsnitten är dokumentets egna rubriker/);
    await assertAccessible(page, 'the review of reports read without a template');
});

run('saving without an insats shows the review again with the message at the field', async (page) => {
    await clickAndWait(page, page.getByRole('button', { name: 'Spara alla', exact: true }));
    assert.equal(pathOf(page), '/import/spara');
    const select = page.locator('select[name="u1d0r0_intervention"]');
    assert.equal(await select.getAttribute('aria-invalid'), 'true');
    assert.match(await mainText(page), /Välj vilken insats rapporten gäller/);
    await assertAccessible(page, 'the review with a report left without an insats');
});

run('naming a new insats saves all three', async (page) => {
    await page.locator('select[name="u1d0r0_intervention"]').selectOption('new');
    await page.locator('input[name="u1d0r0_intervention_name"]').fill('Samverkan Grannbygden');
    await clickAndWait(page, page.getByRole('button', { name: 'Spara alla', exact: true }));
    assert.match(await mainText(page), /3 rapporter sparades/);
    for (const insats of ['Ljusglimten', 'Bärkraften', 'Samverkan Grannbygden']) {
        const link = page.getByRole('link', { name: new RegExp(`Övrig rapport: ${insats}.*läst utan mall`) });
        assert.equal(await link.count(), 1, insats);
    }
});
