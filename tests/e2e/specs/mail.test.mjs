// (11.3) E-mail notifications, received by the loopback SMTP server run.sh starts
// (tests/support/smtp_sink.py writes each message it receives to FINSAM_E2E_MAIL_DIR):
// "Mitt konto" where a user turns e-mail off and on; the förbund's reminder schedule; a
// reminder and a late notice from `finsam remind` (decided as on a day of the example data's
// 2026 kvartal 3, whose report Unga på väg has not sent) and not to a user who turned e-mail
// off; a submission mailed to the kansli and a komplettering request to the insatsägare,
// both sent by the server's own notifier. Skipped when there is no test SMTP server.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import {
    assertAccessible, assertTextVisible, clickAndWait, gotoOk, guardedBefore, launchBrowser, loginAs, stepper,
    users, withArtifacts,
} from '../lib/harness.mjs';
import { fillQuarterlyReport, openInsats, openNewQuarterlyReport, submitWith } from '../lib/pages.mjs';

const mailDir = process.env.FINSAM_E2E_MAIL_DIR;
const addresses = { kansli: 'kansli@exempeldalen.example', unga: 'unga@exempeldalen.example' };
const insats = users.unga.insats; // "Unga på väg": 2026 kvartal 3 is missing in the examples
const quarter = '2026 kvartal 3';
const reminderSubject = `Påminnelse: kvartalsrapport för ${insats} senast 2026-10-15`;
const lateSubject = `Försenad kvartalsrapport: ${insats}, ${quarter}`;
const comment = 'Komplettera avsnitt 2.2 med hur ni når fler unga i Testlunda.';

let browser;
let unga;
let kansli;

const setup = guardedBefore(before, async () => {
    if (!mailDir) return;
    browser = await launchBrowser();
    unga = await loginAs(browser, users.unga);
    kansli = await loginAs(browser, users.kansli);
});
after(async () => { await browser?.close(); });

/** Every message received so far, oldest first. */
function received() {
    if (!fs.existsSync(mailDir)) return [];
    return fs.readdirSync(mailDir).filter((name) => name.endsWith('.json')).sort()
        .map((name) => JSON.parse(fs.readFileSync(path.join(mailDir, name), 'utf8')));
}

function receivedBy(address, subject) {
    return received().filter((mail) => mail.rcpt_tos.includes(address) && mail.subject === subject);
}

/** Waits for the server's notifier (every second) to deliver a message. */
async function waitForMail(address, subject, seconds = 20) {
    for (let waited = 0; waited < seconds * 10; waited += 1) {
        const found = receivedBy(address, subject);
        if (found.length > 0) return found;
        await new Promise((resolve) => { setTimeout(resolve, 100); });
    }
    assert.fail(`no mail "${subject}" to ${address} within ${seconds} s; received: ` +
        JSON.stringify(received().map((mail) => [mail.rcpt_tos, mail.subject])));
}

/** `finsam remind --date DAY` on the server's database, as a timer would run it. */
async function remind(day) {
    const { stdout } = await promisify(execFile)(process.env.FINSAM_E2E_FINSAM,
        ['--db', process.env.FINSAM_E2E_DB, 'remind', '--date', day], { env: process.env });
    return stdout;
}

async function setOwnEmail(page, wanted) {
    await gotoOk(page, '/');
    await clickAndWait(page, page.getByRole('link', { name: /Mitt konto/ }));
    await assertTextVisible(page, 'Mitt konto');
    const box = page.getByRole('checkbox', { name: 'Skicka e-post till mig', exact: true });
    await box.setChecked(wanted);
    await submitWith(page, 'Spara');
    await assertTextVisible(page, 'Dina uppgifter är sparade.');
    assert.equal(await box.isChecked(), wanted);
}

const step = stepper((name, fn) => test(name, (t) => {
    if (!mailDir) {
        t.skip('no test SMTP server (tests/support/smtp_sink.py needs python3-aiosmtpd)');
        return undefined;
    }
    return setup.skip(t) ||
        withArtifacts(`mail-${name}`, () => ({ unga: unga?.page, kansli: kansli?.page }), () => fn(t));
}));

step('"Mitt konto" shows the address and is accessible; the insatsägare turns e-mail off', async () => {
    const { page } = unga;
    await gotoOk(page, '/konto');
    assert.equal(await page.getByLabel('E-postadress', { exact: true }).inputValue(), addresses.unga);
    await assertAccessible(page, '/konto');
    await setOwnEmail(page, false);
});

step('the kansli gives Unga på väg its period, so that the overview expects its reports', async () => {
    const { page } = kansli;
    await openInsats(page, insats);
    await clickAndWait(page, page.getByRole('link', { name: 'Redigera insatsen' }));
    await page.getByLabel('Startdatum', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Slutdatum', { exact: true }).fill('2027-12-31');
    await submitWith(page, 'Spara');
    await assertTextVisible(page, '2026-01-01 – 2027-12-31');
});

step('the kansli turns on reminders 7 days before the deadline and late notices', async () => {
    const { page } = kansli;
    await gotoOk(page, '/installningar');
    await page.getByRole('checkbox', { name: 'Påminn om kvartalsrapporten före sista dag' }).check();
    await page.getByLabel('Påminn så här många dagar före sista dag', { exact: true }).fill('7');
    await page.getByRole('checkbox', { name: 'Meddela när kvartalsrapporten är försenad' }).check();
    await assertAccessible(page, '/installningar with the e-mail schedule');
    await submitWith(page, 'Spara inställningar');
    await gotoOk(page, '/installningar');
    assert.ok(await page.getByRole('checkbox', { name: 'Påminn om kvartalsrapporten före sista dag' }).isChecked());
});

step('a user who turned e-mail off gets no reminder', async () => {
    await remind('2026-10-10');
    assert.deepEqual(receivedBy(addresses.unga, reminderSubject), [],
        'no reminder to the insatsägare who turned e-mail off');
});

step('once turned on again, `finsam remind` mails the reminder, once', async () => {
    await setOwnEmail(unga.page, true);
    await remind('2026-10-11');
    await remind('2026-10-12');
    const mails = receivedBy(addresses.unga, reminderSubject);
    assert.equal(mails.length, 1, 'one reminder per report and deadline');
    assert.match(mails[0].body, /Kvartalsrapporten för Unga på väg för 2026 kvartal 3 ska vara inskickad senast 2026-10-15/);
    assert.match(mails[0].body, /\/insatser\/\d+/);
    assert.equal(mails[0].auto_submitted, 'auto-generated');
});

step('after the deadline `finsam remind` mails a late notice', async () => {
    await remind('2026-10-20');
    const mails = await waitForMail(addresses.unga, lateSubject, 5);
    assert.equal(mails.length, 1);
    assert.match(mails[0].body, /skulle ha skickats in senast 2026-10-15/);
});

step('a submitted kvartalsrapport is mailed to the kansli by the server', async () => {
    const { page } = unga;
    await openInsats(page, insats);
    await openNewQuarterlyReport(page);
    await page.getByLabel('Kvartal', { exact: true }).selectOption({ label: quarter });
    await fillQuarterlyReport(page, {
        sections: { '2.1 Aktiviteter': 'Gruppträffar och praktik hos tre arbetsgivare.' },
        figures: { 'Deltagare totalt': 12, 'Inskrivna vid periodens slut, totalt': 8, 'Avslutade': 4 },
        reporter: users.unga.name,
        fillRest: 'Inget särskilt att rapportera detta kvartal.',
    });
    await submitWith(page, 'Skicka in');
    await assertTextVisible(page, 'Inskickad');
    const mails = await waitForMail(addresses.kansli, `Rapport inskickad: ${insats}, ${quarter}`);
    assert.equal(mails.length, 1);
    assert.match(mails[0].body, /\/rapporter\/\d+/);
});

step('a komplettering request is mailed to the insatsägare with the comment', async () => {
    const { page } = kansli;
    const mailed = await waitForMail(addresses.kansli, `Rapport inskickad: ${insats}, ${quarter}`);
    const reportPath = mailed[0].body.match(/\/rapporter\/\d+/)[0];
    await gotoOk(page, reportPath);
    if (await page.getByRole('button', { name: 'Registrera', exact: true }).count() > 0) {
        await submitWith(page, 'Registrera');
    }
    await page.getByRole('textbox', { name: 'Kommentar', exact: true }).fill(comment);
    await submitWith(page, 'Begär komplettering');
    await assertTextVisible(page, 'Komplettering begärd');
    const mails = await waitForMail(addresses.unga, `Komplettering begärd: ${insats}, ${quarter}`);
    assert.equal(mails.length, 1);
    assert.ok(mails[0].body.includes(comment), `the kansli's comment is in the mail:\n${mails[0].body}`);
    assert.ok(mails[0].body.includes(reportPath));
});
