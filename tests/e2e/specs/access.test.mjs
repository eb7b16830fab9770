// (5) An insatsägare only reaches their own insats: another insats's page (and its reports)
// answer 403 with a Swedish page. Also: unknown pages answer 404, and pages need a login.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, gotoOk, guardedBefore, launchBrowser, loginAs, newSession, pathOf, users, withArtifacts,
} from '../lib/harness.mjs';
import { insatsLink, openInsats } from '../lib/pages.mjs';

let browser;
let owner; // agare, bound to Stegvis
let other; // annan, bound to Vägvisaren
let kansli;
const state = {};

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, users.agare);
    other = await loginAs(browser, users.annan);
    kansli = await loginAs(browser, users.kansli);
    // The address of Vägvisaren's page and of one of its reports, as its own insatsägare sees them.
    state.otherInsatsPath = await openInsats(other.page, users.annan.insats);
    const report = other.page.locator('a[href^="/rapporter/"]').first();
    if (await report.count() > 0) {
        state.otherReportPath = new URL(await report.getAttribute('href'), other.page.url()).pathname;
    }
});
after(async () => { await browser?.close(); });

const check = (name, fn) => test(name, (t) => setup.skip(t) || withArtifacts(`access-${name}`,
    () => ({ owner: owner?.page, other: other?.page, kansli: kansli?.page }), () => fn(t)));

/** Asserts a 403 answer with the Swedish "Åtkomst nekad" page. */
async function assertForbidden(page, path) {
    const response = await page.goto(path);
    assert.equal(response.status(), 403, `GET ${path} as ${users.agare.username} should answer 403`);
    await page.getByRole('heading', { name: 'Åtkomst nekad' }).waitFor({ timeout: 5_000 })
        .catch(() => assert.fail(`the 403 page for ${path} has no heading "Åtkomst nekad"`));
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
}

check('the insatsägare of Vägvisaren can open its page (control)', async () => {
    await gotoOk(other.page, state.otherInsatsPath);
});

check('another insats\'s page answers 403 "Åtkomst nekad"', async () => {
    await assertForbidden(owner.page, state.otherInsatsPath);
    await assertAccessible(owner.page, 'the 403 page');
});

check('a report of another insats answers 403', async (t) => {
    if (!state.otherReportPath) {
        t.skip('Vägvisaren\'s page links to no report');
        return;
    }
    await gotoOk(other.page, state.otherReportPath); // control: its own insatsägare may
    await assertForbidden(owner.page, state.otherReportPath);
});

check('the insatsägare\'s list of insatser shows only their own insats', async () => {
    await gotoOk(owner.page, '/insatser');
    assert.equal(await insatsLink(owner.page, users.agare.insats).count(), 1);
    assert.equal(await insatsLink(owner.page, users.annan.insats).count(), 0,
        'Vägvisaren should not be listed for the insatsägare of Stegvis');
});

check('the kansli can open every insats', async () => {
    await gotoOk(kansli.page, state.otherInsatsPath);
});

check('an unknown page answers 404 "Sidan finns inte"', async () => {
    const response = await kansli.page.goto('/finns-inte-alls');
    assert.equal(response.status(), 404);
    await kansli.page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor({ timeout: 5_000 });
});

check('the 403 and 404 pages of a logged-in user have the "Logga ut" button', async () => {
    for (const [session, path] of [[owner, state.otherInsatsPath], [kansli, '/finns-inte-alls']]) {
        await session.page.goto(path);
        assert.equal(await session.page.getByRole('button', { name: 'Logga ut', exact: true }).count(), 1,
            `no "Logga ut" button on the error page ${path}`);
    }
});

check('pages need a login', async () => {
    const { page, context } = await newSession(browser);
    try {
        for (const path of ['/oversikt', '/insatser', state.otherInsatsPath]) {
            const response = await page.goto(path);
            assert.ok(pathOf(page) === '/login' || [401, 403].includes(response.status()),
                `${path} without login should lead to /login (got ${page.url()}, HTTP ${response.status()})`);
        }
    } finally {
        await context.close();
    }
});
