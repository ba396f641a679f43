/**
 * The widget's sending code (src/report/send.ts, built to dist/lib) against the real
 * reference receiver with its SQLite database: retries, idempotency, captive portals.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createReceiver } from '../../server/receiver.mjs';
import { sendReport } from '../../dist/lib/report/send.js';

const fastTiming = { attemptMs: 2000, totalMs: 15000, backoffLimitMs: 50 };

function report(overrides = {}) {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    about: 'other',
    relation: 'neighbour',
    personKnows: 'no',
    ageGroup: '65-plus',
    area: '2800',
    contactMethod: 'phone',
    phone: '015 12 34 56',
    consent: true,
    lang: 'nl',
    partner: 'stad-mechelen',
    page: 'https://www.mechelen.be/eenzaamheid',
    fillMs: 40000,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('sendReport against the reference receiver', () => {
  let receiver;
  let origin;
  let dir;

  const control = (body) =>
    fetch(`${origin}/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const count = async () => (await (await fetch(`${origin}/__control/reports-count`)).json()).count;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eh-send-'));
    receiver = createReceiver({ dbPath: join(dir, 'reports.sqlite'), allowedOrigins: [], control: true, rateLimit: { limit: 1000, windowMs: 60000 } });
    await new Promise((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${receiver.server.address().port}`;
  });
  after(async () => {
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });
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
