import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request } from 'node:http';
import { REFERENCE_ALPHABET, REFERENCE_PATTERN, randomReference, uniqueReference } from '../../server/reference.mjs';
import { ORIGIN, countReports, postReport, startReceiver, validReport } from './helpers.mjs';

describe('POST /reports', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ rateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('stores a valid report and answers 201 with reference and receivedAt', async () => {
    const report = validReport();
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const body = await response.json();
    assert.match(body.reference, REFERENCE_PATTERN);
    assert.ok(!Number.isNaN(Date.parse(body.receivedAt)));

    const row = /** @type {any} */ (ctx.db.prepare('SELECT * FROM reports WHERE id = ?').get(report.id));
    assert.ok(row, 'row stored');
    assert.equal(row.reference, body.reference);
    assert.equal(row.received_at, Date.parse(body.receivedAt));
    assert.equal(row.about, 'other');
    assert.equal(row.age_group, '65-plus');
    assert.equal(row.area, 'Nekkerspoel');
    assert.equal(row.partner, 'ocmw');
    assert.equal(row.lang, 'nl');
    assert.equal(row.page, report.page);
    assert.equal(row.fill_ms, 45000);
    assert.equal(row.format, 'json');
    assert.equal(JSON.parse(row.payload).phone, '015 12 34 56');

    const key = /** @type {any} */ (ctx.db.prepare('SELECT * FROM idempotency WHERE key = ?').get(report.id));
    assert.equal(key.state, 'done');
    assert.equal(key.status, 201);
  });

  test('replays the first answer for the same Idempotency-Key and stores one row', async () => {
    const report = validReport();
    const first = await postReport(ctx.base, report);
    const firstText = await first.text();
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);

    const second = await postReport(ctx.base, report);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await second.text(), firstText);
    const count = ctx.db.prepare('SELECT COUNT(*) FROM reports WHERE id = ?').pluck().get(report.id);
    assert.equal(count, 1);
  });

  test('400 when the Idempotency-Key header is missing', async () => {
    const before = countReports(ctx.db);
    const response = await postReport(ctx.base, validReport(), { key: null });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'idempotency-key-required' });
    assert.equal(countReports(ctx.db), before);
  });

  test('400 when the Idempotency-Key differs from body.id', async () => {
    const response = await postReport(ctx.base, validReport(), { key: '00000000-0000-4000-8000-000000000000' });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'idempotency-key-mismatch' });
  });

  test('400 invalid-json for a body that is not JSON', async () => {
    const response = await fetch(`${ctx.base}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'abc' },
      body: '{"schemaVersion":1,',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'invalid-json' });
  });

  test('422 lists field errors as { field, code }', async () => {
    const report = validReport({ area: 'x', ageGroup: 'old', consent: 'yes' });
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.ok(Array.isArray(body.errors));
    assert.deepEqual(
      body.errors.map((/** @type {any} */ e) => e.field).sort(),
      ['ageGroup', 'area', 'consent'],
    );
    const area = body.errors.find((/** @type {any} */ e) => e.field === 'area');
    assert.equal(area.code, 'too_small');
    for (const error of body.errors) assert.equal(typeof error.code, 'string');
    assert.equal(ctx.db.prepare('SELECT COUNT(*) FROM reports WHERE id = ?').pluck().get(report.id), 0);
  });

  test('a refine failure (phone missing for contactMethod phone) names the field', async () => {
    const response = await postReport(ctx.base, validReport({ phone: undefined }));
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.deepEqual(body.errors, [{ field: 'phone', code: 'custom' }]);
  });

  test('a corrected report with the same id is accepted after a 422; identical resend replays the 422', async () => {
    const report = validReport({ area: 'x' });
    const first = await postReport(ctx.base, report);
    assert.equal(first.status, 422);
    const again = await postReport(ctx.base, report);
    assert.equal(again.status, 422);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const fixed = await postReport(ctx.base, { ...report, area: 'Nekkerspoel' });
    assert.equal(fixed.status, 201);
    assert.equal(ctx.db.prepare('SELECT COUNT(*) FROM reports WHERE id = ?').pluck().get(report.id), 1);
  });

  test('413 for a body over maxBodyBytes, nothing stored', async () => {
    const before = countReports(ctx.db);
    const report = validReport({ situation: 'a'.repeat(20_000) });
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 413);
    assert.deepEqual(await response.json(), { error: 'payload-too-large' });
    assert.equal(countReports(ctx.db), before);
  });

  test('413 also when the body is streamed without Content-Length, before it has all been sent', async () => {
    const before = countReports(ctx.db);
    const chunk = 'x'.repeat(4096);
    // A raw chunked request that never ends on its own (up to 10 MB, a chunk after each one
    // is flushed): its answer is read whenever it comes.
    const answer = await new Promise((resolve, reject) => {
      let answered = false;
      let ended = false;
      let sent = 0;
      const req = request(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'stream-key' } });
      req.on('response', (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (part) => (text += part));
        res.on('end', () => resolve({ status: res.statusCode, body: text, endedFirst: ended }));
      });
      // Once answered, the receiver closes the connection: a write after that may fail, and that is fine.
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const pump = () => {
        if (answered) return;
        if (sent >= 2500) {
          ended = true;
          return void req.end();
        }
        sent += 1;
        req.write(chunk, pump);
      };
      pump();
    });
    assert.equal(answer.status, 413);
    assert.deepEqual(JSON.parse(answer.body), { error: 'payload-too-large' });
    // It answered while the body was still coming (16 KB is the limit; 10 MB were on offer).
    assert.equal(answer.endedFirst, false);
    assert.equal(countReports(ctx.db), before);
  });

  test('honeypot: answers 201 like success but stores nothing', async () => {
    const before = countReports(ctx.db);
    const report = validReport({ honeypot: 'http://spam.example' });
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.deepEqual(Object.keys(body).sort(), ['receivedAt', 'reference']);
    assert.match(body.reference, REFERENCE_PATTERN);
    assert.equal(countReports(ctx.db), before);
    assert.equal(ctx.db.prepare('SELECT COUNT(*) FROM reports WHERE reference = ?').pluck().get(body.reference), 0);
    assert.equal(ctx.db.prepare('SELECT COUNT(*) FROM idempotency WHERE key = ?').pluck().get(report.id), 0);
  });

  test('unknown paths and methods answer 404 JSON; /__control is 404 without control', async () => {
    for (const [method, path] of [['GET', '/nope'], ['GET', '/reports'], ['GET', '/__control'], ['POST', '/__control']]) {
      const response = await fetch(`${ctx.base}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.deepEqual(await response.json(), { error: 'not-found' });
    }
  });
});

describe('CORS', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver();
  });
  after(() => ctx.close());

  test('preflight from an allowed origin: 204 with the exact headers, no credentials', async () => {
    const response = await fetch(`${ctx.base}/reports`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.equal(response.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
    assert.equal(response.headers.get('access-control-max-age'), '600');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  test('preflight from an unknown origin: 403 without ACAO', async () => {
    const response = await fetch(`${ctx.base}/reports`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  test('actual POST from an allowed origin gets ACAO and Expose-Headers', async () => {
    const response = await postReport(ctx.base, validReport(), { headers: { Origin: ORIGIN } });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After, Idempotent-Replayed');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  test('POST from an unknown origin is refused and not stored', async () => {
    const before = countReports(ctx.db);
    const response = await postReport(ctx.base, validReport(), { headers: { Origin: 'https://evil.example' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(countReports(ctx.db), before);
  });

  test('POST without Origin (curl, same-origin tools) is allowed and gets no ACAO', async () => {
    const response = await postReport(ctx.base, validReport());
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});

describe('rate limit', () => {
  test('429 with Retry-After after the limit, per window', async () => {
    let clock = 1_000_000;
    const ctx = await startReceiver({ rateLimit: { limit: 2, windowMs: 10_000 }, now: () => clock });
    try {
      assert.equal((await postReport(ctx.base, validReport())).status, 201);
      assert.equal((await postReport(ctx.base, validReport())).status, 201);
      clock += 4_000;
      const limited = await postReport(ctx.base, validReport());
      assert.equal(limited.status, 429);
      assert.deepEqual(await limited.json(), { error: 'rate-limited' });
      assert.equal(limited.headers.get('retry-after'), '6');
      assert.equal(countReports(ctx.db), 2);
      clock += 6_000;
      assert.equal((await postReport(ctx.base, validReport())).status, 201, 'a new window lets requests through again');
    } finally {
      await ctx.close();
    }
  });
});

describe('reference', () => {
  test('8 characters from the unambiguous alphabet', () => {
    assert.equal(REFERENCE_ALPHABET.length, 31);
    for (const c of '01OIL') assert.ok(!REFERENCE_ALPHABET.includes(c), `${c} must not be used`);
    const seen = new Set();
    for (let i = 0; i < 2000; i += 1) {
      const reference = randomReference();
      assert.equal(reference.length, 8);
      for (const c of reference) assert.ok(REFERENCE_ALPHABET.includes(c), `${c} in alphabet`);
      seen.add(reference);
    }
    assert.ok(seen.size > 1990, 'references are random');
  });

  test('uniqueReference retries on collision', () => {
    let calls = 0;
    const reference = uniqueReference(() => ++calls < 3);
    assert.equal(calls, 3);
    assert.match(reference, REFERENCE_PATTERN);
    assert.throws(() => uniqueReference(() => true, 5), /free reference/);
  });
});
