// Page-level steps shared by several test files: insatser, the report form, the overview.

import assert from 'node:assert/strict';
import { clickAndWait, gotoOk, literal, mainText, pathOf } from './harness.mjs';

/** The link to an insats in the /insatser list. */
export function insatsLink(page, name) {
    return page.getByRole('link', { name, exact: true });
}

/** Opens /insatser and follows the link to the named insats; returns the insats path. */
export async function openInsats(page, name) {
    await gotoOk(page, '/insatser');
    const link = insatsLink(page, name);
    assert.ok(await link.count() > 0,
        `no link "${name}" on /insatser; page text: ${(await mainText(page)).slice(0, 800)}`);
    await clickAndWait(page, link.first());
    const insatsPath = pathOf(page);
    assert.match(insatsPath, /^\/insatser\/\d+$/, `the link "${name}" should lead to /insatser/{id}`);
    return insatsPath;
}

/** From an insats page, follows "Ny kvartalsrapport" and checks the form's heading. */
export async function openNewQuarterlyReport(page) {
    await clickAndWait(page, page.getByRole('link', { name: 'Ny kvartalsrapport' }));
    const heading = page.getByRole('heading', { name: /Kvartalsrapport/i }).first();
    await heading.waitFor({ state: 'visible' });
}

/** The quarter select ("Kvartal") and the label of its selected option. */
export async function selectedQuarter(page) {
    const select = page.getByLabel('Kvartal', { exact: true });
    const label = await select.evaluate((s) => s.options[s.selectedIndex]?.text?.trim() ?? '');
    assert.ok(label, 'the "Kvartal" select has no selected option');
    return label;
}

/** All section textareas of the report form (multiline text boxes). */
function sectionTextareas(page) {
    return page.locator('form textarea');
}

/** The textarea of a template section, found by the start of its label ("2.1 Aktiviteter"). */
export function sectionField(page, heading) {
    return page.getByRole('textbox', { name: new RegExp(`^\\s*${literal(heading).source}`) });
}

/** The name field of "Uppgiftslämnare" (a field of that name, or "Namn" in such a group). */
async function reporterField(page) {
    const named = page.getByRole('textbox', { name: /Uppgiftslämnare/i });
    const count = await named.count();
    if (count === 1) return named;
    if (count > 1) {
        const withName = page.getByRole('textbox', { name: /Uppgiftslämnare.*namn|namn.*Uppgiftslämnare/i });
        return (await withName.count()) > 0 ? withName.first() : named.first();
    }
    const group = page.getByRole('group', { name: /Uppgiftslämnare/i });
    if ((await group.count()) > 0) {
        return group.first().getByRole('textbox', { name: /Namn/i }).first();
    }
    assert.fail('no field labelled "Uppgiftslämnare" (or "Namn" in a group "Uppgiftslämnare") on the report form');
}

/**
 * Fills the kvartalsrapport form.
 *  sections: { '2.1 Aktiviteter': 'text', ... } by the start of the label
 *  figures: { 'Deltagare totalt': 12, ... } number fields by label
 *  reporter: the Uppgiftslämnare's name
 *  fillRest: text for every other, still empty section textarea
 */
export async function fillQuarterlyReport(page, { sections = {}, figures = {}, reporter, fillRest }) {
    for (const [heading, text] of Object.entries(sections)) {
        const field = sectionField(page, heading);
        assert.equal(await field.count(), 1, `expected one text area labelled "${heading} ..."`);
        await field.fill(text);
    }
    for (const [label, value] of Object.entries(figures)) {
        // A number field: <input type="number"> or a text field with inputmode="numeric".
        const field = page.getByLabel(label, { exact: true });
        assert.equal(await field.count(), 1, `expected one field labelled "${label}"`);
        const kind = await field.evaluate((el) => `${el.type}/${el.inputMode}`);
        assert.ok(/^number\/|\/(numeric|decimal)$/.test(kind),
            `the field "${label}" should be a number field (type/inputmode: ${kind})`);
        await field.fill(String(value));
    }
    if (reporter !== undefined) {
        await (await reporterField(page)).fill(reporter);
    }
    if (fillRest !== undefined) {
        const areas = sectionTextareas(page);
        for (let i = 0; i < await areas.count(); i += 1) {
            const area = areas.nth(i);
            if ((await area.inputValue()).trim() === '') {
                await area.fill(fillRest);
            }
        }
    }
}

/** Clicks a button that submits a form and waits for the answer page. */
export async function submitWith(page, buttonName) {
    const button = page.getByRole('button', { name: buttonName, exact: true });
    assert.equal(await button.count(), 1, `expected one button "${buttonName}" on ${page.url()}`);
    try {
        await clickAndWait(page, button);
    } catch (error) {
        // The usual reason for no navigation: the browser's form validation stopped it.
        const invalid = await page.evaluate(() => [...document.querySelectorAll('form :invalid')]
            .filter((el) => el.tagName !== 'FORM' && el.tagName !== 'FIELDSET')
            .map((el) => `${el.labels?.[0]?.textContent?.trim() ?? el.name}: ${el.validationMessage}`));
        if (invalid.length > 0) {
            assert.fail(`"${buttonName}" did not submit; invalid fields: ${invalid.join('; ')}`);
        }
        throw error;
    }
}

/** Finds the /rapporter/{id} address of the page, or of a report link on it. */
export async function reportPathAfterSubmit(page, quarter) {
    const current = pathOf(page);
    if (/^\/rapporter\/\d+$/.test(current)) return current;
    // Not redirected to the report: look for a link to it (by quarter, else the only one).
    const links = page.locator('a[href^="/rapporter/"]');
    const byQuarter = page.locator('a[href^="/rapporter/"]', { hasText: quarter });
    const candidate = (await byQuarter.count()) > 0 ? byQuarter.first()
        : (await links.count()) === 1 ? links.first() : null;
    assert.ok(candidate, `after submitting, neither on /rapporter/{id} nor a link to the report (${page.url()})`);
    const href = await candidate.getAttribute('href');
    return new URL(href, page.url()).pathname;
}

/** On /oversikt, chooses a quarter by its label and presses "Visa". */
export async function showOverviewQuarter(page, quarter) {
    await gotoOk(page, '/oversikt');
    await page.getByLabel('Kvartal', { exact: true }).selectOption({ label: quarter });
    await clickAndWait(page, page.getByRole('button', { name: 'Visa', exact: true }));
}

/**
 * The row of an insats (the row holding the insats's link) in the overview's table of the
 * quarter's reports (its caption starts "Rapporter för"; a table of slutrapporter may
 * follow it).
 */
export function overviewRow(page, insats) {
    return page.getByRole('table', { name: /^Rapporter för/ })
        .getByRole('row').filter({ has: page.getByRole('link', { name: insats, exact: true }) });
}

/** Asserts the overview row's status link and returns its /rapporter/{id} path. */
export async function overviewStatus(page, insats, status) {
    const row = overviewRow(page, insats);
    assert.equal(await row.count(), 1,
        `expected one overview row for "${insats}"; page text: ${(await mainText(page)).slice(0, 1500)}`);
    const link = row.getByRole('link', { name: status, exact: true });
    if ((await link.count()) !== 1) {
        assert.fail(`overview row of "${insats}" should have the status link "${status}"; ` +
            `row text: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
    }
    return new URL(await link.getAttribute('href'), page.url()).pathname;
}
