/**
 * The widget's sending code (src/report/send.ts, built to dist/lib) against the real
 * reference receiver with its SQLite database: retries, idempotency, captive portals.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sendReport } from '../../dist/lib/report/send.js';
import { countReports, setControl, startReceiver, validReport as report } from './helpers.mjs';

const fastTiming = { attemptMs: 2000, totalMs: 15000, backoffLimitMs: 50 };

describe('sendReport against the reference receiver', () => {
  let ctx;
  let origin;
  const control = (body) => setControl(origin, body);
  const count = async () => countReports(ctx.db);

  before(async () => {
    ctx = await startReceiver({ control: true, rateLimit: { limit: 1000, windowMs: 60000 } });
    origin = ctx.base;
  });
  after(() => ctx.close());
  beforeEach(async () => {
    await control({ mode: 'ok' });
  });

  it('sends a report and returns the receiver reference', async () => {
    const before = await count();
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming });
    assert.equal(result.ok, true);
    assert.match(result.reference, /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    assert.equal(await count(), before + 1);
  });

  it('retries through 503 twice and stores exactly one report', async () => {
    await control({ mode: '503', times: 2 });
    const before = await count();
    const retries = [];
    const result = await sendReport(report(), {
      endpoint: `${origin}/reports`,
      format: 'json',
      timing: fastTiming,
      onRetry: (attempt) => retries.push(attempt),
    });
    assert.equal(result.ok, true);
    assert.deepEqual(retries, [1, 2]);
    assert.equal(await count(), before + 1);
  });

  it('gives up after the retry budget when the receiver always answers 500, storing nothing', async () => {
    await control({ mode: '500' });
    const before = await count();
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming });
    assert.deepEqual(result, { ok: false, reason: 'server', status: 500 });
    assert.equal(await count(), before);
  });

  it('does not take a 200 HTML page (a captive portal) for success', async () => {
    await control({ mode: 'html' });
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'invalid-response');
  });

  it('maps 422 field errors and does not retry', async () => {
    const result = await sendReport(report({ area: 'x' }), { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'rejected');
    assert.equal(result.status, 422);
    assert.ok(result.fieldErrors.some((e) => e.field === 'area'));
  });

  it('sends the same report twice as one (same Idempotency-Key)', async () => {
    const once = report();
    const before = await count();
    const [a, b] = await Promise.all([
      sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming }),
      sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timing: fastTiming }),
    ]);
    assert.equal(a.ok && b.ok, true);
    assert.equal(a.reference, b.reference);
    assert.equal(await count(), before + 1);
  });

  it('posts Open311 GeoReport v2 form fields and returns the service_request_id', async () => {
    const before = await count();
    const result = await sendReport(report({ contactMethod: 'email', email: 'buur@example.org', phone: undefined, name: 'An' }), {
      endpoint: origin,
      format: 'open311',
      serviceCode: 'eenzaamheid',
      timing: fastTiming,
    });
    assert.equal(result.ok, true);
    assert.match(result.reference, /^[A-Z2-9]{8}$/);
    assert.equal(typeof result.notice, 'string');
    assert.equal(await count(), before + 1);
  });

  it('reports a network error when nothing listens', async () => {
    const result = await sendReport(report(), { endpoint: 'http://127.0.0.1:9/reports', format: 'json', timing: fastTiming });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'network');
  });
});
