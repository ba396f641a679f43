/**
 * The widget's sending code (src/report/send.ts, built to dist/lib) against the real
 * reference receiver with its SQLite database: one attempt each (the form's delivery
 * tries again), idempotency, captive portals, what is worth trying again.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sendReport } from '../../dist/lib/report/send.js';
import { countReports, setControl, startReceiver, validReport as report } from './helpers.mjs';
import { startWireProxy } from '../support/wire-recorder.mjs';

const timeoutMs = 5000;

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
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.equal(result.ok, true);
    assert.match(result.reference, /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    assert.equal(await count(), before + 1);
  });

  it('makes one attempt: a 503 is a transient failure with its Retry-After, and the same report sent again is stored once', async () => {
    await control({ mode: '503', times: 1 });
    const before = await count();
    const once = report();
    const first = await sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.deepEqual(first, { ok: false, reason: 'server', status: 503, transient: true, retryAfterMs: 1000 });
    assert.equal(await count(), before);
    const again = await sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.equal(again.ok, true);
    assert.equal(await count(), before + 1);
  });

  it('calls a 500 transient, storing nothing', async () => {
    await control({ mode: '500' });
    const before = await count();
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.deepEqual(result, { ok: false, reason: 'server', status: 500, transient: true, retryAfterMs: undefined });
    assert.equal(await count(), before);
  });

  it('does not take a 200 HTML page (a captive portal) for success, nor for something to retry', async () => {
    await control({ mode: 'html' });
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.deepEqual(result, { ok: false, reason: 'invalid-response', status: 200, transient: false });
  });

  it('maps 422 field errors, a lasting refusal', async () => {
    const result = await sendReport(report({ area: 'x' }), { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'rejected');
    assert.equal(result.status, 422);
    assert.equal(result.transient, false);
    assert.ok(result.fieldErrors.some((e) => e.field === 'area'));
  });

  it('gets 409 (transient, Retry-After) while the same report is still being handled, then its reference', async () => {
    await control({ mode: 'slow', delayMs: 1500, times: 1 });
    const once = report();
    const before = await count();
    const first = sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    // Wait until the receiver holds the key as "being handled": the first request has
    // taken the switch's one 'slow', so the switch reads 'ok' again. (The receiver keeps
    // keys in progress in its process, not in the database.)
    while ((await (await fetch(`${origin}/__control`)).json()).mode !== 'ok') {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const meanwhile = await sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.deepEqual(meanwhile, { ok: false, reason: 'server', status: 409, transient: true, retryAfterMs: 1000 });
    const sent = await first;
    const replay = await sendReport(once, { endpoint: `${origin}/reports`, format: 'json', timeoutMs });
    assert.equal(sent.ok && replay.ok, true);
    assert.equal(replay.reference, sent.reference);
    assert.equal(await count(), before + 1);
  });

  it('gives up an attempt after its timeout, as a transient failure', async () => {
    await control({ mode: 'slow', delayMs: 2000, times: 1 });
    const result = await sendReport(report(), { endpoint: `${origin}/reports`, format: 'json', timeoutMs: 300 });
    assert.deepEqual(result, { ok: false, reason: 'timeout', transient: true });
  });

  it('posts Open311 GeoReport v2 form fields and returns the service_request_id', async () => {
    const before = await count();
    const wire = await startWireProxy(origin);
    const sent = report({ contactMethod: 'email', email: 'buur@example.org', phone: undefined, name: 'An', honeypot: '', contactTimes: 'na 18 uur' });
    try {
      const result = await sendReport(sent, { endpoint: `${wire.base}/`, format: 'open311', serviceCode: 'eenzaamheid', timeoutMs });
      assert.equal(result.ok, true);
      assert.match(result.reference, /^[A-Z2-9]{8}$/);
      assert.equal(result.notice, 'Binnen 24 uur neemt iemand contact op.');
      const posts = wire.entries();
      assert.deepEqual(
        posts.map((post) => [post.method, post.path, post.headers['content-type'], post.headers['idempotency-key']]),
        // The report id travels in the body (attribute[report_id]): no custom header.
        [['POST', '/requests.json', 'application/x-www-form-urlencoded;charset=UTF-8', undefined]],
      );
      assert.deepEqual(Object.fromEntries(new URLSearchParams(posts[0].body)), {
        service_code: 'eenzaamheid',
        description: `about=other\nrelation=neighbour\nperson_knows=yes\nage_group=65-plus\ncontact_times=na 18 uur\n${sent.situation}`,
        address_string: 'Nekkerspoel',
        email: 'buur@example.org',
        first_name: 'An',
        'attribute[report_id]': sent.id,
        'attribute[area]': 'Nekkerspoel',
        'attribute[about]': 'other',
        'attribute[consent]': 'true',
        'attribute[age_group]': '65-plus',
        'attribute[relation]': 'neighbour',
        'attribute[person_knows]': 'yes',
        'attribute[contact_times]': 'na 18 uur',
        'attribute[partner]': 'ocmw',
        'attribute[lang]': 'nl',
        'attribute[honeypot]': '',
        'attribute[fill_ms]': '45000',
      });
      assert.equal([...new URLSearchParams(posts[0].body).keys()].length, 17, 'a field sent twice');
    } finally {
      await wire.close();
    }
    assert.equal(await count(), before + 1);
  });

  it('reports a network error when nothing listens', async () => {
    const result = await sendReport(report(), { endpoint: 'http://127.0.0.1:9/reports', format: 'json', timeoutMs });
    assert.deepEqual(result, { ok: false, reason: 'network', transient: true });
  });
});
