import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ORIGIN, storedCount, postOpen311, postReport, setControl, startReceiver, validOpen311, validReport } from './helpers.mjs';

describe('fail switch (/__control) and in-flight idempotency', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ control: true, rateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(() => ctx.close());
  beforeEach(() => setControl(ctx.base, { mode: 'ok' }));
  /**
   * Wait until the first request holds its key and sleeps in 'slow' mode: it has taken the
   * switch's one application, so the switch reads 'ok' again.
   * @param {string} _key
   */
  async function waitForKey(_key) {
    while ((await (await fetch(`${ctx.base}/__control`)).json()).mode !== 'ok') await new Promise((resolve) => setImmediate(resolve));
  }

  test('GET /__control shows the mode; bad modes are refused', async () => {
    assert.deepEqual(await setControl(ctx.base, { mode: '503', times: 3 }), { mode: '503', remaining: 3, delayMs: 3000 });
    const current = await (await fetch(`${ctx.base}/__control`)).json();
    assert.equal(current.mode, '503');
    assert.equal(current.remaining, 3);
    const bad = await fetch(`${ctx.base}/__control`, { method: 'POST', body: JSON.stringify({ mode: 'explode' }) });
    assert.equal(bad.status, 400);
    assert.equal((await (await fetch(`${ctx.base}/__control`)).json()).mode, '503', 'a refused change keeps the mode');
  });

  test('503 twice (times: 2) with Retry-After, nothing stored, then the retry succeeds', async () => {
    await setControl(ctx.base, { mode: '503', times: 2 });
    const report = validReport();
    const before = (await storedCount(ctx));
    for (let i = 0; i < 2; i += 1) {
      const response = await postReport(ctx.base, report);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '1');
      assert.equal((await storedCount(ctx)), before);
    }
    const ok = await postReport(ctx.base, report);
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('idempotent-replayed'), null);
    assert.equal((await storedCount(ctx)), before + 1);
    assert.equal((await (await fetch(`${ctx.base}/__control`)).json()).mode, 'ok');
  });

  test('500 stays on until changed', async () => {
    await setControl(ctx.base, { mode: '500' });
    const before = (await storedCount(ctx));
    for (let i = 0; i < 3; i += 1) assert.equal((await postReport(ctx.base, validReport())).status, 500);
    assert.equal((await storedCount(ctx)), before);
  });

  test('html mode answers a 200 captive-portal page and stores nothing', async () => {
    await setControl(ctx.base, { mode: 'html', times: 1 });
    const before = (await storedCount(ctx));
    const report = validReport();
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await response.text(), /^<!doctype html><title>Wi-Fi login<\/title>/);
    assert.equal((await storedCount(ctx)), before);
    assert.equal((await postReport(ctx.base, report)).status, 201, 'the same key works afterwards');
  });

  test('422 mode answers the canned field error without storing', async () => {
    await setControl(ctx.base, { mode: '422', times: 1 });
    const before = (await storedCount(ctx));
    const response = await postReport(ctx.base, validReport());
    assert.equal(response.status, 422);
    assert.deepEqual(await response.json(), { errors: [{ field: 'area', code: 'invalid' }] });
    assert.equal((await storedCount(ctx)), before);
  });

  test('the switch applies to Open311 too, its answers in GeoReport\'s error format', async () => {
    await setControl(ctx.base, { mode: '503', times: 1 });
    const fields = validOpen311();
    const refused = await postOpen311(ctx.base, fields, {}, 'xml');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.match(await refused.text(), /<errors><error><code>503<\/code><description>the receiver cannot take reports now: nothing was stored, try again after Retry-After<\/description><\/error><\/errors>/);
    assert.equal((await postOpen311(ctx.base, fields)).status, 201);
  });

  test('Open311: 409 in GeoReport\'s format while the first send of a report_id is still handled', async () => {
    await setControl(ctx.base, { mode: 'slow', delayMs: 400, times: 1 });
    const fields = validOpen311({ 'attribute[report_id]': randomUUID(), description: 'Traag ontvangen.' });
    const first = postOpen311(ctx.base, fields);
    await waitForKey(fields['attribute[report_id]']);
    const second = await postOpen311(ctx.base, fields);
    assert.equal(second.status, 409);
    assert.equal(second.headers.get('retry-after'), '1');
    assert.deepEqual(await second.json(), [{ code: 409, description: 'this report is still being received: try again after Retry-After' }]);
    assert.equal((await first).status, 201);
  });

  test('409 in-progress while the first request with the same key is still handled (slow mode)', async () => {
    await setControl(ctx.base, { mode: 'slow', delayMs: 400, times: 1 });
    const report = validReport();
    const before = (await storedCount(ctx));
    const first = postReport(ctx.base, report);
    await waitForKey(report.id);
    const second = await postReport(ctx.base, report);
    assert.equal(second.status, 409);
    assert.equal(second.headers.get('retry-after'), '1');
    assert.deepEqual(await second.json(), { error: 'in-progress' });

    const firstResponse = await first;
    assert.equal(firstResponse.status, 201);
    const { reference } = await firstResponse.json();

    const third = await postReport(ctx.base, report);
    assert.equal(third.status, 201);
    assert.equal(third.headers.get('idempotent-replayed'), 'true');
    assert.equal((await third.json()).reference, reference);
    assert.equal((await storedCount(ctx)), before + 1);
  });

  test('while the first is handled, the same key with another report is 422, not 409', async () => {
    await setControl(ctx.base, { mode: 'slow', delayMs: 400, times: 1 });
    const report = validReport();
    const before = (await storedCount(ctx));
    const first = postReport(ctx.base, report);
    await waitForKey(report.id);
    const other = await postReport(ctx.base, { ...report, area: 'Muizen' });
    assert.equal(other.status, 422);
    assert.deepEqual(await other.json(), { errors: [{ field: 'id', code: 'idempotency-key-reused' }] });
    assert.equal((await first).status, 201);
    assert.equal((await storedCount(ctx)), before + 1);
  });

  test('two concurrent requests with one key: one 201, one 409, one row', async () => {
    await setControl(ctx.base, { mode: 'slow', delayMs: 300, times: 1 });
    const report = validReport();
    const before = (await storedCount(ctx));
    const responses = await Promise.all([postReport(ctx.base, report), postReport(ctx.base, report)]);
    assert.deepEqual(responses.map((r) => r.status).sort(), [201, 409]);
    assert.equal((await storedCount(ctx)), before + 1);
  });

  test('GET /__control/reports-count counts stored reports; /__control is CORS-enabled', async () => {
    await postReport(ctx.base, validReport());
    const response = await fetch(`${ctx.base}/__control/reports-count`, { headers: { Origin: ORIGIN } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(await response.json(), { count: (await storedCount(ctx)) });
    const preflight = await fetch(`${ctx.base}/__control`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
  });
});
