import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { REFERENCE_ALPHABET, REFERENCE_PATTERN, randomReference } from '../src/intake/reference.mjs';
import { ORIGIN, postReport, rawRequest, startReceiver, storedCount, storedReport, validReport } from './helpers.mjs';

/** @param {Awaited<ReturnType<typeof startReceiver>>} ctx @param {string} id */
const rowsWithId = async (ctx, id) => ((await storedReport(ctx, { id })) ? 1 : 0);
/** Response headers a client could tell two answers apart by (not the date or length). @param {Response} response */
const headerNames = (response) => [...response.headers.keys()].filter((name) => !['date', 'content-length'].includes(name)).sort();

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
    assert.equal(response.headers.get('set-cookie'), null, 'the intake never sets a cookie');
    const body = await response.json();
    assert.deepEqual(Object.keys(body).sort(), ['receivedAt', 'reference']);
    assert.match(body.reference, REFERENCE_PATTERN);

    const row = await storedReport(ctx, { id: report.id });
    assert.equal(row.reference, body.reference);
    assert.equal(row.received_at, Date.parse(body.receivedAt));
    assert.equal(row.status, 'new');
    assert.equal(row.about, 'other');
    assert.equal(row.age_group, '65-plus');
    assert.equal(row.area, 'Nekkerspoel');
    assert.equal(row.partner, 'ocmw');
    assert.equal(row.lang, 'nl');
    assert.equal(row.page, report.page);
    assert.equal(row.fill_ms, 45000);
    assert.equal(row.format, 'json');
    assert.equal(JSON.parse(row.payload).phone, '015 12 34 56');
  });

  test('replays the first answer for the same key and content, also in another key order and spacing', async () => {
    const report = validReport();
    const first = await postReport(ctx.base, report);
    const firstText = await first.text();
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);

    const second = await postReport(ctx.base, report);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await second.text(), firstText);

    const reordered = Object.fromEntries(Object.entries(report).reverse());
    const third = await fetch(`${ctx.base}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': report.id },
      body: JSON.stringify(reordered, null, 2),
    });
    assert.equal(third.status, 201);
    assert.equal(await third.text(), firstText);
    assert.equal(await rowsWithId(ctx, report.id), 1);
  });

  test('a resend whose fill-in time was measured again is the same report', async () => {
    const report = validReport();
    const first = await (await postReport(ctx.base, report)).json();
    const again = await postReport(ctx.base, { ...report, fillMs: 61000 });
    assert.equal(again.status, 201);
    assert.equal((await again.json()).reference, first.reference);
    assert.equal(await rowsWithId(ctx, report.id), 1);
  });

  test('same key, different report: 422 and the first report stays as it was', async () => {
    const report = validReport();
    const first = await (await postReport(ctx.base, report)).json();
    const other = await postReport(ctx.base, { ...report, area: 'Muizen', situation: 'Een andere melding.' });
    assert.equal(other.status, 422);
    assert.deepEqual(await other.json(), { errors: [{ field: 'id', code: 'idempotency-key-reused' }] });
    assert.equal(other.headers.get('idempotent-replayed'), null);
    const row = await storedReport(ctx, { id: report.id });
    assert.deepEqual([row.reference, row.area], [first.reference, 'Nekkerspoel']);
    // The first answer is still what a true retry gets.
    assert.equal((await (await postReport(ctx.base, report)).json()).reference, first.reference);
  });

  test('100 different reports under one key: one stored, 99 refused with 422, none silently dropped', async () => {
    const id = validReport().id;
    const statuses = [];
    for (let i = 0; i < 100; i += 1) {
      const response = await postReport(ctx.base, validReport({ id, situation: `Melding nummer ${i}` }));
      statuses.push(response.status);
    }
    assert.equal(statuses.filter((status) => status === 201).length, 1);
    assert.equal(statuses.filter((status) => status === 422).length, 99);
    assert.equal(statuses[0], 201);
    assert.equal(await rowsWithId(ctx, id), 1);
    assert.equal(JSON.parse((await storedReport(ctx, { id })).payload).situation, 'Melding nummer 0');
  });

  test('400 when the Idempotency-Key header is missing, invalid, or not the report id', async () => {
    const before = (await storedCount(ctx));
    const missing = await postReport(ctx.base, validReport(), { key: null });
    assert.equal(missing.status, 400);
    assert.deepEqual(await missing.json(), { error: 'idempotency-key-required' });
    const invalid = await postReport(ctx.base, validReport(), { key: 'with space' });
    assert.equal(invalid.status, 400);
    assert.deepEqual(await invalid.json(), { error: 'idempotency-key-invalid' });
    const mismatch = await postReport(ctx.base, validReport(), { key: '00000000-0000-4000-8000-000000000000' });
    assert.equal(mismatch.status, 400);
    assert.deepEqual(await mismatch.json(), { error: 'idempotency-key-mismatch' });
    assert.equal((await storedCount(ctx)), before);
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
    assert.deepEqual(body.errors.map((/** @type {any} */ e) => e.field).sort(), ['ageGroup', 'area', 'consent']);
    assert.equal(body.errors.find((/** @type {any} */ e) => e.field === 'area').code, 'too_small');
    assert.equal(await rowsWithId(ctx, report.id), 0);
  });

  test('a street address is refused: the area is a neighbourhood or postcode only', async () => {
    const response = await postReport(ctx.base, validReport({ area: 'Bruul 12' }));
    assert.equal(response.status, 422);
    assert.deepEqual(await response.json(), { errors: [{ field: 'area', code: 'invalid_format' }] });
  });

  test('a refine failure (phone missing for contactMethod phone) names the field', async () => {
    const response = await postReport(ctx.base, validReport({ phone: undefined }));
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors, [{ field: 'phone', code: 'custom' }]);
  });

  test('a corrected report with the same id is accepted after a 422; an identical resend replays the 422', async () => {
    const report = validReport({ area: 'x' });
    assert.equal((await postReport(ctx.base, report)).status, 422);
    const again = await postReport(ctx.base, report);
    assert.equal(again.status, 422);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const fixed = await postReport(ctx.base, { ...report, area: 'Nekkerspoel' });
    assert.equal(fixed.status, 201);
    assert.equal(await rowsWithId(ctx, report.id), 1);
  });

  test('413 for a body over maxBodyBytes, nothing stored', async () => {
    const before = (await storedCount(ctx));
    const response = await postReport(ctx.base, validReport({ situation: 'a'.repeat(20_000) }));
    assert.equal(response.status, 413);
    assert.deepEqual(await response.json(), { error: 'payload-too-large' });
    assert.equal((await storedCount(ctx)), before);
  });

  test('413 also when the body is streamed without Content-Length, nothing stored', async () => {
    const before = (await storedCount(ctx));
    const chunk = 'x'.repeat(4096);
    /** @type {{ status: number | undefined, text: string }} */
    const response = await new Promise((resolve, reject) => {
      const outgoing = httpRequest(`${ctx.base}/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'stream-key', 'Transfer-Encoding': 'chunked' },
      });
      outgoing.on('response', (incoming) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        incoming.on('data', (data) => chunks.push(data));
        incoming.on('end', () => resolve({ status: incoming.statusCode, text: Buffer.concat(chunks).toString() }));
      });
      outgoing.on('error', reject);
      // Write well past the limit, chunk by chunk; the receiver answers before reading it all.
      const write = (/** @type {number} */ left) => {
        if (left === 0 || outgoing.destroyed) return void outgoing.end();
        outgoing.write(chunk, () => write(left - 1));
      };
      write(8);
    });
    assert.equal(response.status, 413);
    assert.deepEqual(JSON.parse(response.text), { error: 'payload-too-large' });
    assert.equal((await storedCount(ctx)), before);
  });

  test('unknown paths and methods answer 404 JSON; /__control is 404 without control', async () => {
    for (const [method, path] of [['GET', '/nope'], ['GET', '/reports'], ['GET', '/__control'], ['POST', '/__control']]) {
      const response = await fetch(`${ctx.base}${path}`, { method, ...(method === 'POST' ? { body: '{}', headers: { 'Content-Type': 'application/json' } } : {}) });
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.deepEqual(await response.json(), { error: 'not-found' });
    }
  });
});

describe('spam: honeypot and fill-in time', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ rateLimit: { limit: 1000, windowMs: 60_000 }, minFillMs: 3000 });
  });
  after(() => ctx.close());

  for (const [label, overrides] of /** @type {const} */ ([
    ['a filled honeypot', { honeypot: 'http://spam.example' }],
    ['a form filled in under 3 seconds', { fillMs: 900 }],
  ])) {
    test(`${label}: the same 201, headers and replay as a real report, and nothing stored`, async () => {
      const real = await postReport(ctx.base, validReport(), { headers: { Origin: ORIGIN } });
      const realBody = await real.json();
      const before = (await storedCount(ctx));

      const bot = validReport(overrides);
      const response = await postReport(ctx.base, bot, { headers: { Origin: ORIGIN } });
      assert.equal(response.status, real.status);
      assert.deepEqual(headerNames(response), headerNames(real));
      const body = await response.json();
      assert.deepEqual(Object.keys(body).sort(), Object.keys(realBody).sort());
      assert.match(body.reference, REFERENCE_PATTERN);
      assert.notEqual(body.reference, realBody.reference);

      const replay = await postReport(ctx.base, bot, { headers: { Origin: ORIGIN } });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await replay.json(), body, 'a retry gets the same reference, as a resident would');

      const reused = await postReport(ctx.base, { ...bot, area: 'Muizen' });
      assert.equal(reused.status, 422, 'a different body under its key is refused, as for a resident');

      assert.equal((await storedCount(ctx)), before);
      assert.equal(await rowsWithId(ctx, bot.id), 0);
      assert.equal(await storedReport(ctx, { reference: body.reference }), undefined);
    });
  }

  test('an empty report is 422, whatever the honeypot says', async () => {
    for (const honeypot of ['', 'http://spam.example']) {
      const empty = { id: validReport().id, honeypot };
      const response = await postReport(ctx.base, empty);
      assert.equal(response.status, 422, `honeypot "${honeypot}"`);
      const fields = (await response.json()).errors.map((/** @type {any} */ error) => error.field);
      for (const field of ['schemaVersion', 'about', 'ageGroup', 'area', 'contactMethod', 'lang', 'createdAt']) assert.ok(fields.includes(field), field);
    }
    assert.equal((await postReport(ctx.base, {}, { key: 'empty-body' })).status, 422);
  });

  test('a report without a fill-in time (an older widget) is judged by the honeypot only, and stored', async () => {
    const report = validReport({ fillMs: undefined });
    assert.equal((await postReport(ctx.base, report)).status, 201);
    assert.equal(await rowsWithId(ctx, report.id), 1);
  });

  test('a report at exactly the minimum fill-in time is a person', async () => {
    const report = validReport({ fillMs: 3000 });
    assert.equal((await postReport(ctx.base, report)).status, 201);
    assert.equal(await rowsWithId(ctx, report.id), 1);
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

  test('POST from an unknown origin is refused and not stored, also as a form (no preflight)', async () => {
    const before = (await storedCount(ctx));
    const response = await postReport(ctx.base, validReport(), { headers: { Origin: 'https://evil.example' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const form = await fetch(`${ctx.base}/requests.json`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'service_code=x&phone=015123456&address_string=Muizen',
    });
    assert.equal(form.status, 403);
    assert.equal((await storedCount(ctx)), before);
  });

  test('a 404 for a wrong endpoint path is readable by an allowed origin (a refusal, not a network failure)', async () => {
    const response = await fetch(`${ctx.base}/elsewhere`, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    const preflight = await fetch(`${ctx.base}/elsewhere`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    assert.equal(preflight.status, 204);
  });

  test('the back office is never readable cross-origin, not even by an allowed origin', async () => {
    for (const path of ['/sign-in', '/inbox.json', '/reach.json']) {
      const response = await fetch(`${ctx.base}${path}`, { headers: { Origin: ORIGIN }, redirect: 'manual' });
      assert.equal(response.headers.get('access-control-allow-origin'), null, path);
    }
  });

  test('POST without Origin (curl, same-origin tools) is allowed and gets no ACAO', async () => {
    const response = await postReport(ctx.base, validReport());
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});

describe('Host allow-list (DNS rebinding)', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver();
  });
  after(() => ctx.close());

  test('a request with another site\'s name as Host gets 421 and nothing else, on every route', async () => {
    const before = (await storedCount(ctx));
    for (const [method, path, body] of [
      ['POST', '/reports', JSON.stringify(validReport())],
      ['GET', '/inbox.json', undefined],
      ['GET', '/sign-in', undefined],
      ['GET', '/reach.json', undefined],
      ['OPTIONS', '/reports', undefined],
    ]) {
      const response = await rawRequest(`${ctx.base}${path}`, {
        method: /** @type {string} */ (method),
        headers: { Host: `rebound.evil.example:${ctx.port}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'k-421', Origin: 'http://rebound.evil.example' },
        body,
      });
      assert.equal(response.status, 421, `${method} ${path}`);
      assert.equal(response.headers['access-control-allow-origin'], undefined);
      assert.equal(response.headers['set-cookie'], undefined);
      assert.doesNotMatch(response.text, /Nekkerspoel|reference/);
    }
    assert.equal((await storedCount(ctx)), before);
  });

  test('the loopback names at the bound port are served', async () => {
    for (const host of [`127.0.0.1:${ctx.port}`, `localhost:${ctx.port}`]) {
      const response = await rawRequest(`${ctx.base}/sign-in`, { headers: { Host: host } });
      assert.equal(response.status, 200, host);
    }
    const otherPort = await rawRequest(`${ctx.base}/sign-in`, { headers: { Host: '127.0.0.1:1' } });
    assert.equal(otherPort.status, 421);
  });

  test('configured names only, when given', async () => {
    const named = await startReceiver({ allowedHosts: ['meldpunt.example'] });
    try {
      assert.equal((await rawRequest(`${named.base}/sign-in`, { headers: { Host: 'meldpunt.example' } })).status, 200);
      assert.equal((await rawRequest(`${named.base}/sign-in`, { headers: { Host: 'MELDPUNT.example' } })).status, 200);
      assert.equal((await rawRequest(`${named.base}/sign-in`, { headers: { Host: `127.0.0.1:${named.port}` } })).status, 421);
    } finally {
      await named.close();
    }
  });
});

describe('rate limit', () => {
  test('429 with Retry-After after the limit; reports and events have separate budgets', async () => {
    const ctx = await startReceiver({ rateLimit: { limit: 2, windowMs: 10_000 } });
    try {
      assert.equal((await postReport(ctx.base, validReport())).status, 201);
      assert.equal((await postReport(ctx.base, validReport())).status, 201);
      const limited = await postReport(ctx.base, validReport(), { headers: { Origin: ORIGIN } });
      assert.equal(limited.status, 429);
      assert.deepEqual(await limited.json(), { error: 'rate-limited' });
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 10, `Retry-After ${retryAfter}`);
      assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN, 'the widget can read the 429 and its Retry-After');
      assert.equal((await storedCount(ctx)), 2);
      const event = await fetch(`${ctx.base}/events`, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'text/plain' }, body: '{}' });
      assert.equal(event.status, 204, 'beacons are counted separately');
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
      assert.match(reference, REFERENCE_PATTERN);
      seen.add(reference);
    }
    assert.ok(seen.size > 1990, 'references are random');
  });
});
