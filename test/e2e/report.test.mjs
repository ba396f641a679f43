import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, thirdPartyRequests } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { fillAboutNeighbour, openReportForm, waitForState, widget } from './support/report-flow.mjs';
import { countReports, setControl, startReceiver } from '../server/helpers.mjs';
import { logReportAttempts, runUntilState } from './support/fake-time.mjs';

/**
 * The report flow end to end: the built script in a partner page, real Chromium,
 * the real reference receiver with its SQLite database, real network faults.
 */
describe('reporting from a partner page to the reference receiver', () => {
  let browser;
  let pages;
  let rx;
  before(async () => {
    pages = await startPagesServer();
    rx = await startReceiver({ allowedOrigins: [pages.origin], control: true });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await pages?.close();
  });
  beforeEach(async () => {
    await setControl(rx.base, { mode: 'ok' });
    rx.db.prepare('DELETE FROM reports').run();
  });

  const open = (query = '') => openPage(browser, `${pages.origin}/report.html?endpoint=${encodeURIComponent(`${rx.base}/reports`)}${query}`);

  it('stores one report with partner, language and page, and shows its reference', async () => {
    const { page, record, context } = await open('&utm=secret#x');
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    const shown = await widget(page).locator('[data-reference]').textContent();
    const rows = rx.db.prepare('SELECT reference, partner, lang, page, area, about, payload FROM reports').all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].reference, shown);
    assert.equal(rows[0].partner, 'samana');
    assert.equal(rows[0].lang, 'nl');
    assert.equal(rows[0].page, `${pages.origin}/report.html`);
    assert.equal(rows[0].area, 'Nekkerspoel');
    assert.equal(JSON.parse(rows[0].payload).honeypot, undefined);
    const focused = await page.evaluate(() => document.querySelector('eenzaamheid-hulp').shadowRoot.activeElement?.textContent);
    assert.equal(focused, 'Je melding is verstuurd');
    assert.deepEqual(thirdPartyRequests(record), []);
    assert.deepEqual(record.pageErrors, []);
    const cookies = await context.cookies();
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    assert.deepEqual(cookies, []);
    assert.equal(storage, 0);
    await context.close();
  });

  it('stores exactly one report when the receiver answers 503 twice, then succeeds', async () => {
    await setControl(rx.base, { mode: '503', times: 2 });
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  it('shows "not sent yet" with the data intact when the receiver fails for two minutes, and retry then works', async () => {
    await setControl(rx.base, { mode: '500' });
    const { page, context } = await openPage(browser);
    await context.clock.install();
    await logReportAttempts(context);
    await page.goto(`${pages.origin}/report.html?endpoint=${encodeURIComponent(`${rx.base}/reports`)}`);
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    const { elapsed } = await runUntilState(page, 'not-sent', { stepMs: 500 });
    assert.ok(elapsed >= 120_000, `"not sent yet" after ${elapsed} ms`);
    await page.clock.resume();
    assert.match(await widget(page).locator('.report-text').inputValue(), /Nekkerspoel[\s\S]*0470 12 34 56/);
    assert.ok(await widget(page).getByRole('button', { name: 'Opnieuw versturen' }).isVisible());
    assert.equal(countReports(rx.db), 0);
    await setControl(rx.base, { mode: 'ok' });
    await widget(page).getByRole('button', { name: 'Opnieuw versturen' }).click();
    await waitForState(page, 'sent');
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  it('says so when offline at submit, and sends once the browser is back online', async () => {
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await context.setOffline(true);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'offline');
    assert.match(await widget(page).locator('.submit-row [role="status"]').textContent(), /offline/);
    assert.equal(countReports(rx.db), 0);
    await context.setOffline(false);
    await waitForState(page, 'sent');
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  it('does not take a 200 HTML page (captive portal) for a success', async () => {
    await setControl(rx.base, { mode: 'html' });
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'not-sent');
    assert.match(await widget(page).locator('.outcome').textContent(), /wifi/);
    assert.equal(countReports(rx.db), 0);
    await context.close();
  });

  it('puts 422 field errors on the fields', async () => {
    await setControl(rx.base, { mode: '422', times: 1 });
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await widget(page).locator('.error-summary').waitFor();
    const area = widget(page).getByRole('textbox', { name: /In welke buurt woont/ });
    assert.equal(await area.getAttribute('aria-invalid'), 'true');
    assert.equal(await area.inputValue(), 'Nekkerspoel');
    await context.close();
  });

  it('stores one report for a double click and Enter pressed twice', async () => {
    await setControl(rx.base, { mode: 'slow', delayMs: 800 });
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).dblclick();
    await widget(page).getByRole('textbox', { name: 'Telefoonnummer' }).press('Enter');
    await widget(page).getByRole('textbox', { name: 'Telefoonnummer' }).press('Enter');
    await waitForState(page, 'sent');
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  it('sends Open311 GeoReport v2 and shows the service request id', async () => {
    const { page, context } = await openPage(
      browser,
      `${pages.origin}/report.html?endpoint=${encodeURIComponent(rx.base)}&format=open311&service-code=eenzaamheid`,
    );
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    const row = rx.db.prepare('SELECT reference, format FROM reports').get();
    assert.equal(row.format, 'open311');
    assert.equal(await widget(page).locator('[data-reference]').textContent(), row.reference);
    await context.close();
  });

  it('shows the meldpunt contact instead of a form without an endpoint', async () => {
    const { page, context } = await openPage(browser, `${pages.origin}/report.html`);
    await widget(page).locator('.meldpunt .meldpunt-contact').waitFor();
    assert.equal(await widget(page).locator('.report-start').count(), 0);
    await context.close();
  });
});
