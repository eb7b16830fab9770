// (1) The login page: accessible, rejects a wrong password, lets the right users in, logs out.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, launchBrowser, login, newSession,
    pathOf, users, withArtifacts,
} from '../lib/harness.mjs';

let browser;
let page;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const step = (name, fn) => test(name, async () => {
    ({ page } = await newSession(browser));
    try {
        await withArtifacts(`login-${name}`, () => ({ page }), fn);
    } finally {
        await page.context().close();
    }
});

step('the login page has a labelled form and no axe violations', async () => {
    await gotoOk(page, '/login');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv', 'the page language should be Swedish');
    await page.getByLabel('Användarnamn', { exact: true }).waitFor();
    assert.equal(await page.getByLabel('Lösenord', { exact: true }).getAttribute('type'), 'password');
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
    await assertAccessible(page, 'the login page');
});

step('a wrong password is refused with a Swedish message', async () => {
    await gotoOk(page, '/login');
    await page.getByLabel('Användarnamn', { exact: true }).fill(users.kansli.username);
    await page.getByLabel('Lösenord', { exact: true }).fill('fel-lösenord');
    await clickAndWait(page, page.getByRole('button', { name: 'Logga in', exact: true }));
    await assertTextVisible(page, 'Fel användarnamn eller lösenord');
    await page.getByLabel('Lösenord', { exact: true }).waitFor();
    assert.notEqual(pathOf(page), users.kansli.home, 'a wrong password must not log in');
    await assertAccessible(page, 'the login page with an error message');
});

step('an unknown user gets the same message', async () => {
    await gotoOk(page, '/login');
    await page.getByLabel('Användarnamn', { exact: true }).fill('finns-inte');
    await page.getByLabel('Lösenord', { exact: true }).fill('vad-som-helst');
    await clickAndWait(page, page.getByRole('button', { name: 'Logga in', exact: true }));
    await assertTextVisible(page, 'Fel användarnamn eller lösenord');
});

step('kansli logs in and lands on the start page /', async () => {
    await login(page, users.kansli);
    await page.getByRole('button', { name: 'Logga ut', exact: true }).waitFor();
});

step('an insatsägare logs in and lands on the start page /', async () => {
    await login(page, users.agare);
    await page.getByRole('button', { name: 'Logga ut', exact: true }).waitFor();
});

step('"Logga ut" ends the session', async () => {
    await login(page, users.kansli);
    await clickAndWait(page, page.getByRole('button', { name: 'Logga ut', exact: true }));
    const response = await page.goto('/oversikt');
    const path = pathOf(page);
    assert.ok(path === '/login' || [401, 403].includes(response.status()),
        `after logging out, /oversikt should lead to /login (got ${page.url()}, HTTP ${response.status()})`);
});
