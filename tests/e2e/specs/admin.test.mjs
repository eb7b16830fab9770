// Issue 11, point 6: user administration in the browser. The kansli invites a user, who sets
// their password through the one-time link and logs in; a reset link gives a new password;
// the kansli changes their e-mail address; the user is disabled; an API key is revoked; the audit trail is filtered and exported as
// CSV. Every new page is axe-clean and has no horizontal overflow at 390 px.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs,
    mainText, newSession, pathOf, stepper, users, withArtifacts,
} from '../lib/harness.mjs';

const invited = { username: 'eva', name: 'Eva Ekonom', home: '/' };
const firstPassword = 'Evas-första-lösenord';
const secondPassword = 'Evas-andra-lösenord';

let browser;
let kansli; // { context, page }
let eva; // { context, page } of the invited user
const state = {}; // link, userPath

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    kansli = await loginAs(browser, users.kansli);
    eva = await newSession(browser);
});
after(async () => { await browser?.close(); });

const step = stepper(test);
const run = (name, fn) => step(name, (t) => setup.skip(t) ||
    withArtifacts(`admin-${name}`, () => ({ kansli: kansli?.page, eva: eva?.page }), () => fn()));

/** Axe finds nothing, and at phone width the page is no wider than the screen. */
async function assertPageFits(page, what) {
    await assertAccessible(page, what);
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 800 });
    try {
        const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client,
            `${what} is ${widths.scroll} px wide at 390 px (${page.url()})`);
        await assertAccessible(page, `${what} at 390 px`);
    } finally {
        await page.setViewportSize(size);
    }
}

/** The one-time link the page shows, as a path on the server. */
async function shownLink(page) {
    const link = await page.getByLabel(/^Länk till /).inputValue();
    assert.match(link, /^https?:\/\/[^/]+\/losenord\/[A-Za-z0-9_-]+$/);
    return new URL(link).pathname;
}

/** Opens a link in Eva's browser and chooses a password through it. */
async function choosePassword(page, link, newPassword) {
    await gotoOk(page, link);
    await assertPageFits(page, 'the page to choose a password');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill(newPassword);
    await page.getByLabel('Upprepa lösenordet', { exact: true }).fill(newPassword);
    await clickAndWait(page, page.getByRole('button', { name: 'Spara lösenordet' }));
    assert.equal(pathOf(page), '/login');
    await assertTextVisible(page, 'Lösenordet är sparat.');
}

/** Logs in on the login page; true when it let the user in. */
async function logIn(page, user, userPassword) {
    await gotoOk(page, '/login');
    await page.getByLabel('Användarnamn', { exact: true }).fill(user.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(userPassword);
    await clickAndWait(page, page.getByRole('button', { name: 'Logga in', exact: true }));
    return pathOf(page) !== '/login';
}

run('the kansli finds the users page in the menu', async () => {
    const page = kansli.page;
    await gotoOk(page, '/oversikt');
    await clickAndWait(page, page.getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Användare', exact: true }));
    assert.equal(pathOf(page), '/anvandare');
    await assertTextVisible(page, 'Karin Kansli');
    await assertPageFits(page, 'the users page');
});

run('the kansli invites a user and is shown the link to pass on', async () => {
    const page = kansli.page;
    await page.getByLabel('Namn', { exact: true }).fill(invited.name);
    await page.getByLabel('Användarnamn', { exact: true }).fill(invited.username);
    await page.getByLabel('E-postadress (för påminnelser och meddelanden)').fill('eva@exempel.se');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Styrelse' });
    await clickAndWait(page, page.getByRole('button', { name: 'Skapa inbjudan' }));
    await assertTextVisible(page, 'Inbjudan skapad');
    state.link = await shownLink(page);
    await assertPageFits(page, 'the invitation page');
});

run('the invited user chooses a password through the link and logs in', async () => {
    await choosePassword(eva.page, state.link, firstPassword);
    assert.ok(await logIn(eva.page, invited, firstPassword), 'the chosen password should log in');
    assert.equal(pathOf(eva.page), invited.home);
    await gotoOk(eva.page, '/login');
    const used = await eva.page.goto(state.link);
    assert.equal(used.status(), 404, 'a link works once');
    await assertTextVisible(eva.page, 'Länken gäller inte');
});

run('a reset gives a new link; the new password ends the old session', async () => {
    const page = kansli.page;
    await gotoOk(page, '/anvandare');
    await clickAndWait(page, page.getByRole('link', { name: invited.name, exact: true }));
    state.userPath = pathOf(page);
    assert.match(state.userPath, /^\/anvandare\/\d+$/);
    await assertPageFits(page, 'a user\'s page');
    await clickAndWait(page, page.getByRole('button', { name: 'Skapa länk för nytt lösenord' }));
    const link = await shownLink(page);

    const fresh = await newSession(browser);
    try {
        await choosePassword(fresh.page, link, secondPassword);
    } finally {
        await fresh.context.close();
    }
    const response = await eva.page.goto(invited.home);
    assert.equal(pathOf(eva.page), '/login', `the old session should have ended (${response.status()})`);
    assert.ok(!(await logIn(eva.page, invited, firstPassword)), 'the old password is gone');
    assert.ok(await logIn(eva.page, invited, secondPassword), 'the new password logs in');
});

run('the kansli changes the user\'s e-mail address; a wrong one is said beside the field', async () => {
    const page = kansli.page;
    await gotoOk(page, state.userPath);
    await assertTextVisible(page, 'eva@exempel.se');
    const field = page.getByLabel('E-postadress', { exact: true });
    await field.fill('eva.ekonom@');
    await clickAndWait(page, page.getByRole('button', { name: 'Spara e-postadress' }));
    await assertTextVisible(page, 'Ange en e-postadress som namn@exempel.se.');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await assertPageFits(page, 'a user\'s page with a refused address');
    await field.fill('eva.ekonom@exempel.se');
    await clickAndWait(page, page.getByRole('button', { name: 'Spara e-postadress' }));
    await assertTextVisible(page, 'E-postadressen är sparad.');
    assert.ok((await mainText(page)).includes('eva.ekonom@exempel.se'));
});

run('the kansli disables the user, whose session ends at once', async () => {
    const page = kansli.page;
    await gotoOk(page, state.userPath);
    await clickAndWait(page, page.getByRole('button', { name: `Stäng av ${invited.name}` }));
    await assertTextVisible(page, 'Användaren är avstängd.');
    await eva.page.goto(invited.home);
    assert.equal(pathOf(eva.page), '/login');
    assert.ok(!(await logIn(eva.page, invited, secondPassword)), 'a disabled user cannot log in');
});

run('the kansli revokes an API key', async () => {
    const page = kansli.page;
    await gotoOk(page, '/anvandare');
    const row = page.getByRole('row').filter({ hasText: 'E2E-skript' });
    await clickAndWait(page, row.getByRole('button', { name: /^Återkalla/ }));
    const revokedRow = page.getByRole('row').filter({ hasText: 'E2E-skript' });
    assert.equal(await revokedRow.getByRole('button').count(), 0, 'a revoked key has no button');
    assert.match(await revokedRow.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
});

run('the audit trail names people, filters by action and exports the filtered CSV', async () => {
    const page = kansli.page;
    await gotoOk(page, '/handelselogg');
    await assertPageFits(page, 'the audit trail');
    await page.getByLabel('Vad', { exact: true }).selectOption({ label: 'Stängde av' });
    await page.getByLabel('Vem', { exact: true }).selectOption({ label: 'Karin Kansli' });
    await clickAndWait(page, page.getByRole('button', { name: 'Visa', exact: true }));
    const rows = page.locator('tbody tr');
    assert.equal(await rows.count(), 1, await mainText(page));
    const row = await rows.first().innerText();
    assert.match(row, /Karin Kansli/);
    assert.match(row, new RegExp(`Stängde av användare ${invited.name}`));
    assert.doesNotMatch(row, /användare \d/);
    await assertPageFits(page, 'the filtered audit trail');

    const href = await page.getByRole('link', { name: 'Ladda ner som CSV' }).getAttribute('href');
    const response = await kansli.context.request.get(href);
    assert.equal(response.status(), 200);
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n').filter((line) => line.includes(';'));
    assert.equal(lines[0], 'Tid;Vem;Vad;Detalj');
    assert.equal(lines.length, 2, csv);
    assert.match(lines[1], new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};Karin Kansli;Stängde av användare ${invited.name};`));
});
