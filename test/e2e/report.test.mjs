import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, thirdPartyRequests } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { fillAboutNeighbour, openReportForm, reportState, waitForState, widget } from './support/report-flow.mjs';
import { countReports, setControl, startReceiver } from '../server/helpers.mjs';
import { logReportAttempts, runUntilState } from './support/fake-time.mjs';
import { startWireProxy } from '../support/wire-recorder.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const OPEN311_KEY = 'partner-key-e2e';
const SITUATION = 'Mijn buurvrouw komt al weken niet buiten.';

/** Waits (polling the log) until `count` POSTs have reached the receiver, and returns them. */
async function untilPosts(posts, count, timeoutMs = 10_000) {
  const start = Date.now();
  while (posts().length < count) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${count} POSTs (saw ${posts().length})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return posts();
}

/**
 * The report flow end to end: the built script in a partner page, real Chromium,
 * the real reference receiver with its SQLite database, real network faults.
 */
describe('reporting from a partner page to the reference receiver', () => {
  let browser;
  let pages;
  let rx;
  /** A recording proxy in front of the receiver: what reached it, as it arrived (test/support/wire-recorder.mjs). */
  let wire;
  /** How many requests the log held when the current test began. */
  let mark = 0;
  before(async () => {
    // The pages' own origin has a door to the receiver too (/meldpunt/), through the same recorder.
    pages = await startPagesServer({ receiver: { forward: (...args) => wire.recorder.forward(...args) } });
    // Open311 clients need a key here (the JSON intake never does), as a city may configure it.
    rx = await startReceiver({ allowedOrigins: [pages.origin], control: true, open311ApiKeys: [OPEN311_KEY] });
    wire = await startWireProxy(rx.base);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await wire?.close();
    await rx?.close();
    await pages?.close();
  });
  beforeEach(async () => {
    await setControl(rx.base, { mode: 'ok' });
    rx.db.prepare('DELETE FROM reports').run();
    mark = wire.recorder.entries().length;
  });

  /** This test's requests to the receiver (the control door left out), and its POSTs. */
  const requests = () => wire.entries(mark);
  const posts = () => requests().filter((request) => request.method === 'POST');
  const endpoint = () => `${wire.base}/reports`;
  const open = (query = '') => openPage(browser, `${pages.origin}/report.html?endpoint=${encodeURIComponent(endpoint())}${query}`);

  /** What every report POST carries: no cookie, no page address beyond the origin, the report id as key. */
  function assertReportPost(post, path, contentType) {
    assert.equal(post.method, 'POST');
    assert.equal(post.path, path);
    assert.equal(post.headers['content-type'], contentType);
    assert.equal(post.headers.accept, 'application/json');
    assert.match(post.headers['idempotency-key'], UUID);
    assert.equal(post.headers.origin, pages.origin);
    assert.equal(post.headers.cookie, undefined);
    assert.equal(post.headers.referer, undefined);
    assert.equal(post.complete, true);
  }

  it('stores one report with partner, language and page, and shows its reference', async () => {
    const { page, record, context } = await open('&utm=secret#x');
    const opened = await page.evaluate(() => Date.now());
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    const sentAt = await page.evaluate(() => Date.now());
    // What left the browser: one POST (and at most its CORS preflight), every field by value.
    assert.deepEqual(requests().filter((request) => request.method !== 'POST' && request.method !== 'OPTIONS'), []);
    assert.equal(posts().length, 1);
    const [post] = posts();
    assertReportPost(post, '/reports', 'application/json');
    const { id, fillMs, createdAt, ...answers } = JSON.parse(post.body);
    assert.equal(id, post.headers['idempotency-key']);
    assert.ok(Number.isInteger(fillMs) && fillMs >= 0 && fillMs <= sentAt - opened, `fillMs ${fillMs}`);
    assert.ok(Date.parse(createdAt) >= opened && Date.parse(createdAt) <= sentAt, `createdAt ${createdAt}`);
    assert.deepEqual(answers, {
      schemaVersion: 1,
      about: 'other',
      relation: 'neighbour',
      personKnows: 'no',
      ageGroup: '65-plus',
      area: 'Nekkerspoel',
      situation: SITUATION,
      contactMethod: 'phone',
      phone: '0470 12 34 56',
      consent: true,
      partner: 'samana',
      lang: 'nl',
      page: `${pages.origin}/report.html`,
      honeypot: '',
    });
    const shown = await widget(page).locator('[data-reference]').textContent();
    const rows = rx.db.prepare('SELECT reference, partner, lang, page, area, about, payload FROM reports').all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].reference, shown);
    assert.equal(rows[0].partner, 'samana');
    assert.equal(rows[0].lang, 'nl');
    assert.equal(rows[0].page, `${pages.origin}/report.html`);
    assert.equal(rows[0].area, 'Nekkerspoel');
    assert.equal(JSON.parse(rows[0].payload).honeypot, '');
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
    // Three POSTs of the very same report: same key, same body.
    assert.equal(posts().length, 3);
    assert.equal(new Set(posts().map((post) => post.headers['idempotency-key'])).size, 1);
    assert.equal(new Set(posts().map((post) => post.body)).size, 1);
    await context.close();
  });

  it('shows "not sent yet" with the data intact when the receiver fails for two minutes, and retry then works', async () => {
    await setControl(rx.base, { mode: '500' });
    const { page, context } = await openPage(browser);
    await context.clock.install();
    await logReportAttempts(context);
    await page.goto(`${pages.origin}/report.html?endpoint=${encodeURIComponent(endpoint())}`);
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

  it('sends one POST for a double click and Enter pressed twice while it is under way', async () => {
    await setControl(rx.base, { mode: 'slow', delayMs: 1500 });
    const { page, context } = await open();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).dblclick();
    // The first POST has left the browser; the slow receiver holds its answer back.
    await untilPosts(posts, 1);
    await widget(page).getByRole('textbox', { name: 'Telefoonnummer' }).press('Enter');
    await widget(page).getByRole('textbox', { name: 'Telefoonnummer' }).press('Enter');
    assert.equal(await reportState(page), 'sending');
    await waitForState(page, 'sent');
    assert.deepEqual(posts().map((post) => post.path), ['/reports']);
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  it("sends no cookie to a receiver on the page's own origin, where the browser's default would send the page's", async () => {
    const sameOrigin = `${pages.origin}/meldpunt`;
    const { page, context } = await openPage(browser, `${pages.origin}/report.html?endpoint=${encodeURIComponent(`${sameOrigin}/reports`)}`);
    await context.addCookies([{ name: 'partner_session', value: 'page-secret', domain: '127.0.0.1', path: '/' }]);
    // The setup works: the page's own POST there, with the browser's default credentials, carries the cookie.
    const probe = await page.evaluate((url) => fetch(url, { method: 'POST', body: 'probe' }).then((response) => response.status), `${sameOrigin}/reports`);
    assert.equal(probe, 400);
    assert.deepEqual(posts().map((post) => [post.via, post.headers.cookie]), [['same-origin', 'partner_session=page-secret']]);
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    const [, report] = posts();
    assert.equal(posts().length, 2);
    assert.equal(report.via, 'same-origin');
    assertReportPost(report, '/reports', 'application/json');
    assert.equal(countReports(rx.db), 1);
    await context.close();
  });

  const open311Page = (apiKey = OPEN311_KEY) =>
    openPage(
      browser,
      `${pages.origin}/report.html?endpoint=${encodeURIComponent(wire.base)}&format=open311&service-code=eenzaamheid&api-key=${encodeURIComponent(apiKey)}`,
    );

  it('sends Open311 GeoReport v2 as one CORS-simple POST (no preflight), every field by value, and shows the service request id', async () => {
    const { page, context } = await open311Page();
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'sent');
    // The receiver is on another origin: a custom header would have cost an OPTIONS first.
    assert.notEqual(new URL(wire.base).origin, pages.origin);
    assert.deepEqual(requests().map((request) => `${request.method} ${request.path}`), ['POST /requests.json']);
    const [post] = posts();
    assert.equal(post.headers['content-type'], 'application/x-www-form-urlencoded;charset=UTF-8');
    assert.equal(post.headers['idempotency-key'], undefined);
    assert.equal(post.headers.origin, pages.origin);
    assert.equal(post.headers.cookie, undefined);
    assert.equal(post.headers.referer, undefined);
    assert.equal(post.complete, true);
    const fields = [...new URLSearchParams(post.body)];
    assert.equal(new Set(fields.map(([name]) => name)).size, fields.length, 'a field sent twice');
    const { 'attribute[fill_ms]': fillMs, 'attribute[report_id]': reportId, ...rest } = Object.fromEntries(fields);
    assert.match(fillMs, /^\d+$/);
    assert.match(reportId, UUID);
    assert.deepEqual(rest, {
      api_key: OPEN311_KEY,
      service_code: 'eenzaamheid',
      description: ['about=other', 'relation=neighbour', 'person_knows=no', 'age_group=65-plus', SITUATION].join('\n'),
      address_string: 'Nekkerspoel',
      phone: '0470 12 34 56',
      'attribute[area]': 'Nekkerspoel',
      'attribute[about]': 'other',
      'attribute[consent]': 'true',
      'attribute[age_group]': '65-plus',
      'attribute[relation]': 'neighbour',
      'attribute[person_knows]': 'no',
      'attribute[partner]': 'samana',
      'attribute[lang]': 'nl',
      'attribute[honeypot]': '',
    });
    const row = rx.db.prepare('SELECT id, reference, format FROM reports').get();
    assert.equal(row.format, 'open311');
    assert.equal(row.id, reportId, 'stored under the report id it sent');
    assert.equal(await widget(page).locator('[data-reference]').textContent(), row.reference);
    // The status a partner's Open311 client can ask, with its key: open, nothing personal.
    const status = await fetch(`${rx.base}/requests/${row.reference}.json?api_key=${OPEN311_KEY}`);
    assert.deepEqual((await status.json()).map((/** @type {any} */ request) => [request.service_request_id, request.status]), [[row.reference, 'open']]);
    await context.close();
  });

  it('Open311 with a wrong api-key: refused (403), nothing stored, the resident is told it was not sent', async () => {
    const { page, context } = await open311Page('not-the-key');
    await openReportForm(page);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'not-sent');
    assert.equal(posts().length, 1, 'a refusal is not tried again by itself');
    assert.equal(countReports(rx.db), 0);
    await context.close();
  });

  it('shows the meldpunt contact instead of a form without an endpoint', async () => {
    const { page, context } = await openPage(browser, `${pages.origin}/report.html`);
    await widget(page).locator('.meldpunt .meldpunt-contact').waitFor();
    assert.equal(await widget(page).locator('.report-start').count(), 0);
    await context.close();
  });
});
