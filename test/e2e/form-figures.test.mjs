import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { openReportForm, widget } from './support/report-flow.mjs';
import { discoverRequiredAnswers, formHeights, keyPressesForMinimalReport } from './support/form-figures.mjs';
import { startReceiver } from '../server/helpers.mjs';

/**
 * The report form's figures on a 360 px phone, per path and language: answers a minimal
 * report needs (and in how many rounds of errors they are asked), key presses for it
 * with the keyboard only, and the form's height. Printed as a table for the README and
 * the issue.
 */
const PHONE = { width: 360, height: 640 };
const LANGS = ['nl', 'fr', 'en'];
const PATHS = ['self', 'other'];
/** Budgets (deterministic in one Chromium): answers a minimal report needs, and the required part in about two phone screens. */
const MAX_REQUIRED = { self: 4, other: 5 };
const MAX_TO_SUBMIT_PX = Math.round(2 * PHONE.height * 1.1);

describe('the report form on a 360 px phone (figures)', () => {
  let browser;
  let pages;
  let rx;
  const rows = [];
  before(async () => {
    pages = await startPagesServer();
    rx = await startReceiver({ allowedOrigins: [pages.origin], rateLimit: { limit: 10_000, windowMs: 60_000 } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await pages?.close();
    if (rows.length === 0) return;
    const lines = [
      '| lang | about | required answers | rounds of errors | key presses | form height | heading to submit |',
      '|---|---|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.lang} | ${r.about} | ${r.required} | ${r.rounds} | ${r.presses} | ${r.form} px | ${r.toSubmit} px |`),
    ];
    const asked = PATHS.map((about) => `about ${about}: ${rows.find((r) => r.about === about)?.fields.join(', ')}`);
    process.stdout.write(`\nReport form at 360 px\n${lines.join('\n')}\nRequired answers (nl): ${asked.join('; ')}\n`);
  });

  const open = async (lang) => {
    const opened = await openPage(browser, `${pages.origin}/report.html?lang=${lang}&endpoint=${encodeURIComponent(`${rx.base}/reports`)}`, {
      viewport: PHONE,
    });
    await openReportForm(opened.page);
    return opened;
  };

  for (const lang of LANGS) {
    for (const about of PATHS) {
      it(`${lang}, about ${about}: measures answers, key presses and height, and the report arrives`, async () => {
        const shown = await open(lang);
        // The path's own questions show once it is chosen.
        await widget(shown.page).locator(`[data-field="about"] input[value="${about}"]`).check();
        const heights = await formHeights(shown.page);
        await shown.context.close();

        const first = await open(lang);
        const { answered, rounds } = await discoverRequiredAnswers(first.page, about);
        await first.context.close();

        const second = await open(lang);
        const presses = await keyPressesForMinimalReport(second.page, answered, about);
        assert.match(await widget(second.page).locator('[data-reference]').textContent(), /^[A-Z2-9]{8}$/);
        await second.context.close();

        rows.push({ lang, about, required: answered.length, rounds, presses, ...heights, fields: answered });
        assert.ok(answered.includes('about'), 'who the report is about is always asked');
        assert.ok(presses > answered.length, 'every answer takes at least one key press');
        assert.ok(heights.toSubmit > 0 && heights.toSubmit <= heights.form);
        assert.ok(answered.length <= MAX_REQUIRED[about], `${answered.length} required answers: ${answered.join(', ')}`);
        assert.equal(rounds, 1, 'one error summary lists every problem');
        assert.ok(heights.toSubmit <= MAX_TO_SUBMIT_PX, `${heights.toSubmit} px from the heading to the submit button`);
      });
    }
  }
});
