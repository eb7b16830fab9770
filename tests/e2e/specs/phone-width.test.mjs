// (11.8) Every page is usable at a phone's width (390 px): nothing makes the page scroll
// sideways (wide tables scroll inside their own box), and the text of charts stays readable.
// A screenshot of each page is left in test-results/phone-width/ to look at.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
    artifactsDir, gotoOk, guardedBefore, launchBrowser, loginAs, newSession, users, withArtifacts,
} from '../lib/harness.mjs';
import { openInsats } from '../lib/pages.mjs';

const phone = { width: 390, height: 844 };
const screenshots = path.join(artifactsDir, 'phone-width');

let browser;
const sessions = {};

const setup = guardedBefore(before, async () => {
    browser = await launchBrowser();
    for (const role of ['kansli', 'agare', 'styrelse']) {
        sessions[role] = await loginAs(browser, users[role]);
        await sessions[role].page.setViewportSize(phone);
    }
    sessions.anonymous = await newSession(browser);
    await sessions.anonymous.page.setViewportSize(phone);
    fs.mkdirSync(screenshots, { recursive: true });
});
after(async () => { await browser?.close(); });

/** How far the page reaches past the viewport's right edge, and the elements that do. */
async function overflow(page) {
    return page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // An element reaches past the edge, or its text does (a long word in a narrow box).
        const overflows = (element) => element.getBoundingClientRect().right > width + 1 ||
            (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 &&
             getComputedStyle(element).overflowX === 'visible');
        const culprits = [...document.querySelectorAll('body *')]
            .filter(overflows)
            .filter((element) => !element.closest('.table-scroll, .chart-scroll'))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    });
}

/** The smallest rendered font size of any chart's text, in CSS pixels. */
async function smallestChartText(page) {
    return page.evaluate(() => Math.min(...[...document.querySelectorAll('svg text')]
        .map((text) => text.getBoundingClientRect().height).filter((height) => height > 0)));
}

function checkPage(name, role, open) {
    test(`${name} fits 390 px (${role})`, (t) => setup.skip(t) ||
        withArtifacts(`phone-width-${name}`, () => ({ page: sessions[role]?.page }), async () => {
            const { page } = sessions[role];
            await open(page);
            await page.screenshot({ path: path.join(screenshots, `${name}-${role}.png`), fullPage: true });
            const measured = await overflow(page);
            assert.ok(measured.scrollWidth <= measured.width,
                `${name}: the page is ${measured.scrollWidth} px wide at ${measured.width} px; ` +
                `too wide: ${measured.culprits.join(', ')}`);
            if (await page.locator('svg text').count() > 0) {
                const smallest = await smallestChartText(page);
                assert.ok(smallest >= 9, `${name}: chart text is ${smallest.toFixed(1)} px high`);
            }
        }));
}

const firstReportOf = async (page, insats) => {
    await openInsats(page, insats);
    const link = page.locator('tr').filter({ hasNotText: 'Utkast' }).locator('a[href^="/rapporter/"]').first();
    await gotoOk(page, await link.getAttribute('href'));
};

checkPage('login', 'anonymous', (page) => gotoOk(page, '/login'));
checkPage('oversikt', 'kansli', (page) => gotoOk(page, '/oversikt'));
checkPage('insatser', 'kansli', (page) => gotoOk(page, '/insatser'));
checkPage('insats', 'kansli', (page) => openInsats(page, users.agare.insats));
checkPage('insats', 'agare', (page) => openInsats(page, users.agare.insats));
checkPage('rapport', 'kansli', (page) => firstReportOf(page, users.annan.insats));
checkPage('rapportversion', 'kansli', async (page) => {
    await firstReportOf(page, users.annan.insats);
    await gotoOk(page, `${new URL(page.url()).pathname}/versioner/1`);
});
checkPage('ny-kvartalsrapport', 'agare', async (page) => {
    await openInsats(page, users.agare.insats);
    await gotoOk(page, `${new URL(page.url()).pathname}/ny-rapport`);
});
checkPage('ny-insats', 'kansli', (page) => gotoOk(page, '/insatser/ny'));
checkPage('statistik', 'kansli', (page) => gotoOk(page, '/statistik?period=2025'));
checkPage('statistik', 'styrelse', (page) => gotoOk(page, '/statistik?period=2025'));
checkPage('uppfoljning-finsam', 'kansli', (page) => gotoOk(page, '/statistik/uppfoljning-finsam?ar=2025'));
checkPage('styrelserapport', 'kansli', (page) => gotoOk(page, '/styrelserapport?period=2025'));
checkPage('import', 'kansli', (page) => gotoOk(page, '/import'));
checkPage('installningar', 'kansli', (page) => gotoOk(page, '/installningar'));

test('a printed report has neither the menu nor buttons', (t) => setup.skip(t) ||
    withArtifacts('phone-width-print', () => ({ page: sessions.kansli?.page }), async () => {
        const { page } = sessions.kansli;
        await page.setViewportSize({ width: 1280, height: 900 });
        await firstReportOf(page, users.annan.insats);
        await page.emulateMedia({ media: 'print' });
        try {
            assert.equal(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible(), false);
            assert.equal(await page.locator('main .button:visible, main form.form--action:visible').count(), 0,
                'no buttons or action forms on paper');
            assert.ok(await page.locator('main h1').isVisible(), 'the report itself is printed');
        } finally {
            await page.emulateMedia({ media: 'screen' });
            await page.setViewportSize(phone);
        }
    }));
