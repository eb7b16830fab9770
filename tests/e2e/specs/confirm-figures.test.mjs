// (9) "Bekräfta siffrorna": the figures the importer read from an imported report's text are
// marked as read from the text on the report's page until the kansli confirms them there; the
// page then says who confirmed them. axe finds nothing before or after. Uses the first
// imported report of Vägvisaren whose figures are unconfirmed.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs,
    mainText, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

let browser;
let kansli; // { context, page }
const state = {}; // reportPath

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`confirm-figures-${name}`, () => ({ page: kansli?.page }), () => fn(kansli.page)));

const confirmButton = (page) => page.getByRole('button', { name: 'Bekräfta siffrorna', exact: true });

run('the kansli finds an imported report whose figures are read from the text', async (page) => {
    await openInsats(page, users.annan.insats);
    const links = await page.locator('a[href^="/rapporter/"]').evaluateAll(
        (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const href of links) {
        await gotoOk(page, href);
        if (await confirmButton(page).count() > 0) {
            state.reportPath = href;
            break;
        }
    }
    assert.ok(state.reportPath, `no report of ${users.annan.insats} offers "Bekräfta siffrorna"`);
    await assertTextVisible(page, 'Siffrorna är lästa ur texten');
    await assertAccessible(page, 'the report page with unconfirmed figures');
});

run('the kansli confirms them and the page says who did and when', async (page) => {
    await clickAndWait(page, confirmButton(page));
    assert.equal(pathOf(page), state.reportPath);
    assert.equal(await confirmButton(page).count(), 0, 'the button is gone once confirmed');
    assert.match(await mainText(page),
        /Siffrorna lästes ur texten och bekräftades \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC av Karin Kansli/);
    await assertAccessible(page, 'the report page after confirming');
});
