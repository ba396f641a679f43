import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cleanPath, isOrigin, parseEvent } from '../src/reach/event-payload.mjs';
import { brusselsMonth } from '../src/reach/month.mjs';
import { formatRate, formatSeconds, monthLabel } from '../src/reach/page.mjs';
import { IS_PG } from './database.mjs';
import { ORIGIN, addAccount, postReport, signIn, startReceiver, storedCount, validReport } from './helpers.mjs';
import { allEvents, countEvents, tableColumns, tableNames } from './raw-sql.mjs';

const OTHER_ALLOWED = 'https://www.samana.be';
const FOREIGN = 'https://evil.example';

/** A version-1 beacon that passes validation, sent from ORIGIN. */
function validEvent(overrides = {}) {
  return { v: 1, name: 'eh-view', partner: 'samana', lang: 'nl', site: ORIGIN, path: '/hulp/eenzaamheid', ...overrides };
}

/**
 * POST a beacon the way navigator.sendBeacon does: a JSON string as text/plain.
 * @param {string} base
 * @param {Record<string, unknown> | string} body an object is sent as JSON, a string as is
 * @param {{ origin?: string | null, contentType?: string }} [options] origin null sends no Origin header
 */
function postEvent(base, body, { origin = ORIGIN, contentType = 'text/plain;charset=UTF-8' } = {}) {
  return fetch(`${base}/events`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...(origin === null ? {} : { Origin: origin }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

// The stored beacons are checked in the database's own tables (raw-sql.mjs, either store):
// that the events table holds exactly these columns, nothing identifying, is the privacy
// promise being tested.

/** A signed-in coordinator per receiver: reach is for coordinators only. */
const coordinators = new WeakMap();
/** @param {Awaited<ReturnType<typeof startReceiver>>} ctx */
async function coordinator(ctx) {
  if (!coordinators.has(ctx)) coordinators.set(ctx, await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' })));
  return coordinators.get(ctx);
}

/** @param {Awaited<ReturnType<typeof startReceiver>>} ctx @param {string} [query] */
async function getReach(ctx, query = '') {
  const response = await (await coordinator(ctx)).get(`/reach.json${query}`);
  assert.equal(response.status, 200);
  return JSON.parse(response.text);
}

describe('POST /events: intake', () => {
  const clock = Date.parse('2026-03-10T09:17:42.123Z');
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ allowedOrigins: [ORIGIN, OTHER_ALLOWED], now: () => clock });
  });
  after(() => ctx.close());

  test('stores a valid beacon: 204, no body, month in Brussels time, time rounded to the hour', async () => {
    const response = await postEvent(ctx.base, validEvent());
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('event-result'), 'stored');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(await response.text(), '');
    assert.deepEqual((await allEvents(ctx)).at(-1), {
      name: 'eh-view',
      partner: 'samana',
      lang: 'nl',
      site: ORIGIN,
      path: '/hulp/eenzaamheid',
      visible: null,
      kind: null,
      resource_type: null,
      results: null,
      route: null,
      month: '2026-03',
      received_at: Date.parse('2026-03-10T09:00:00Z'),
    });
  });

  test('nothing identifying can be stored: the events table has exactly these columns, and no other table appears', async () => {
    const columns = await tableColumns(ctx, 'events');
    assert.deepEqual(columns, [
      'name',
      'partner',
      'lang',
      'site',
      'path',
      'visible',
      'kind',
      'resource_type',
      'results',
      'route',
      'month',
      'received_at',
    ]);
    // PostgreSQL keeps its schema version in a table (SQLite: PRAGMA user_version).
    const versionTable = IS_PG ? ['schema_version'] : [];
    assert.deepEqual(await tableNames(ctx), ['accounts', 'audit', 'events', 'idempotency', 'organisations', 'outbox', 'reach_counts', 'reach_sites', 'report_history', 'report_notes', 'reports', ...versionTable, 'sessions', 'settings', 'setup_tokens']);
    const counts = await tableColumns(ctx, 'reach_counts');
    assert.deepEqual(counts, ['month', 'partner', 'name', 'detail', 'count'], 'the running counts hold counts only');
  });

  test('every event name with its own detail field is stored', async () => {
    const cases = [
      [{ name: 'eh-visible', visible: '30s-2m' }, { visible: '30s-2m' }],
      [{ name: 'eh-resource-click', kind: 'tel', resourceType: 'helpline' }, { kind: 'tel', resource_type: 'helpline' }],
      [{ name: 'eh-search', results: '1-3' }, { results: '1-3' }],
      [{ name: 'eh-route', route: 'other' }, { route: 'other' }],
      [{ name: 'eh-report-start' }, {}],
      [{ name: 'eh-report-success', partner: null, lang: 'fr' }, { partner: null, lang: 'fr' }],
      [{ name: 'eh-view', partner: undefined, lang: 'en', visible: null, kind: null }, { partner: null, lang: 'en' }],
    ];
    for (const [overrides, expected] of cases) {
      const response = await postEvent(ctx.base, validEvent(overrides));
      assert.equal(response.headers.get('event-result'), 'stored', JSON.stringify(overrides));
      const row = (await allEvents(ctx)).at(-1);
      const { month, received_at, ...stored } = row;
      assert.deepEqual(stored, {
        name: overrides.name,
        partner: 'samana',
        lang: 'nl',
        site: ORIGIN,
        path: '/hulp/eenzaamheid',
        visible: null,
        kind: null,
        resource_type: null,
        results: null,
        route: null,
        ...expected,
      });
    }
  });

  test('a fetch keepalive with application/json from an allowed origin is stored too', async () => {
    const before = await countEvents(ctx);
    const response = await postEvent(ctx.base, validEvent(), { contentType: 'application/json' });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(await countEvents(ctx), before + 1);
  });

  test('preflight for /events: 204 with Content-Type allowed for an allowed origin, 403 otherwise', async () => {
    const allowed = await fetch(`${ctx.base}/events`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /\bContent-Type\b/);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), null);

    const foreign = await fetch(`${ctx.base}/events`, {
      method: 'OPTIONS',
      headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  test('a foreign origin gets 204 and nothing is stored, even with a matching site', async () => {
    const before = await countEvents(ctx);
    const response = await postEvent(ctx.base, validEvent({ site: FOREIGN }), { origin: FOREIGN });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('event-result'), 'ignored-origin');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(await countEvents(ctx), before);
  });

  test('no Origin header, or Origin: null, is not a widget on a partner page: 204, not stored', async () => {
    const before = await countEvents(ctx);
    for (const origin of [null, 'null']) {
      const response = await postEvent(ctx.base, validEvent(), { origin });
      assert.equal(response.status, 204, String(origin));
      assert.equal(response.headers.get('event-result'), 'ignored-origin');
    }
    assert.equal(await countEvents(ctx), before);
  });

  test('invalid events get 204 with the reason in Event-Result and are not stored', async () => {
    /** @type {[string, Record<string, unknown> | string, string][]} */
    const cases = [
      ['unknown name', validEvent({ name: 'eh-hover' }), 'invalid-name'],
      ['name missing', validEvent({ name: undefined }), 'invalid-name'],
      ['other version', validEvent({ v: 2 }), 'invalid-v'],
      ['version as string', validEvent({ v: '1' }), 'invalid-v'],
      ['unknown language', validEvent({ lang: 'de' }), 'invalid-lang'],
      ['partner with capitals', validEvent({ partner: 'Samana' }), 'invalid-partner'],
      ['partner starting with a dash', validEvent({ partner: '-samana' }), 'invalid-partner'],
      ['partner too long', validEvent({ partner: 'a'.repeat(65) }), 'invalid-partner'],
      ['partner not a string', validEvent({ partner: 7 }), 'invalid-partner'],
      ['site with a path', validEvent({ site: `${ORIGIN}/hulp` }), 'invalid-site'],
      ['site with a trailing slash', validEvent({ site: `${ORIGIN}/` }), 'invalid-site'],
      ['site not http(s)', validEvent({ site: 'javascript:alert(1)' }), 'invalid-site'],
      ['site missing', validEvent({ site: undefined }), 'invalid-site'],
      ['site is another allowed origin than Origin', validEvent({ site: OTHER_ALLOWED }), 'invalid-site-origin'],
      ['relative path', validEvent({ path: 'hulp' }), 'invalid-path'],
      ['path of 301 characters', validEvent({ path: `/${'a'.repeat(300)}` }), 'invalid-path'],
      ['path with a control character', validEvent({ path: '/a\nb' }), 'invalid-path'],
      ['only a query string', validEvent({ path: '?naam=jan' }), 'invalid-path'],
      ['eh-visible without bucket', validEvent({ name: 'eh-visible' }), 'invalid-visible'],
      ['eh-visible with seconds', validEvent({ name: 'eh-visible', visible: 12 }), 'invalid-visible'],
      ['visible on eh-view', validEvent({ visible: '<5s' }), 'invalid-visible'],
      ['click with an unknown kind', validEvent({ name: 'eh-resource-click', kind: 'sms', resourceType: 'helpline' }), 'invalid-kind'],
      ['click without resourceType', validEvent({ name: 'eh-resource-click', kind: 'tel' }), 'invalid-resourceType'],
      ['search with an exact count', validEvent({ name: 'eh-search', results: 3 }), 'invalid-results'],
      ['route on eh-search', validEvent({ name: 'eh-search', results: '0', route: 'self' }), 'invalid-route'],
      ['unknown route', validEvent({ name: 'eh-route', route: 'both' }), 'invalid-route'],
      ['an array', '[]', 'invalid-body'],
      ['null', 'null', 'invalid-body'],
      ['a string', '"eh-view"', 'invalid-body'],
    ];
    const before = await countEvents(ctx);
    for (const [label, body, reason] of cases) {
      const response = await postEvent(ctx.base, body);
      assert.equal(response.status, 204, label);
      assert.equal(response.headers.get('event-result'), reason, label);
    }
    assert.equal(await countEvents(ctx), before);
  });

  test('query string and fragment are cut from the path before storing', async () => {
    const cases = [
      ['/hulp?naam=jan&tel=0470#contact', '/hulp'],
      ['/hulp#top', '/hulp'],
      ['/?q=eenzaam', '/'],
      [`/${'a'.repeat(299)}?${'x'.repeat(500)}`, `/${'a'.repeat(299)}`],
    ];
    for (const [sent, stored] of cases) {
      const response = await postEvent(ctx.base, validEvent({ path: sent }));
      assert.equal(response.headers.get('event-result'), 'stored', sent);
      assert.equal((await allEvents(ctx)).at(-1).path, stored);
    }
  });

  test('extra fields are ignored and stored nowhere', async () => {
    const response = await postEvent(ctx.base, validEvent({ name: 'eh-search', results: '0', query: 'eenzaam na scheiding', ip: '203.0.113.9', visitorId: 'abc-123' }));
    assert.equal(response.headers.get('event-result'), 'stored');
    const row = (await allEvents(ctx)).at(-1);
    assert.equal(row.results, '0');
    const everything = JSON.stringify(await allEvents(ctx));
    for (const secret of ['eenzaam na scheiding', '203.0.113.9', 'abc-123']) assert.ok(!everything.includes(secret), secret);
  });

  test('__proto__ and constructor keys do nothing: no pollution, no inherited fields', async () => {
    const fields = JSON.stringify(validEvent()).slice(1, -1);
    const polluting = `{${fields},"__proto__":{"polluted":"yes","name":"eh-hover"},"constructor":{"prototype":{"polluted":"yes"}}}`;
    const stored = await postEvent(ctx.base, polluting);
    assert.equal(stored.headers.get('event-result'), 'stored');
    assert.equal((await allEvents(ctx)).at(-1).name, 'eh-view');
    assert.equal(/** @type {any} */ ({}).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);

    const { name, ...withoutName } = validEvent();
    const nameOnlyInProto = `{${JSON.stringify(withoutName).slice(1, -1)},"__proto__":{"name":"eh-view"}}`;
    const refused = await postEvent(ctx.base, nameOnlyInProto);
    assert.equal(refused.headers.get('event-result'), 'invalid-name');
  });

  test('400 for a body that is not JSON', async () => {
    const before = await countEvents(ctx);
    const response = await postEvent(ctx.base, '{"v":1,');
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'invalid-json' });
    assert.equal(await countEvents(ctx), before);
  });

  test('a body of exactly 2048 bytes is accepted, 2049 bytes is 413 and not stored', async () => {
    const padded = (/** @type {number} */ bytes) => {
      const base = JSON.stringify(validEvent({ pad: '' }));
      return JSON.stringify(validEvent({ pad: 'x'.repeat(bytes - base.length) }));
    };
    assert.equal(Buffer.byteLength(padded(2048)), 2048);
    const before = await countEvents(ctx);
    const fits = await postEvent(ctx.base, padded(2048));
    assert.equal(fits.headers.get('event-result'), 'stored');
    const tooLarge = await postEvent(ctx.base, padded(2049));
    assert.equal(tooLarge.status, 413);
    assert.deepEqual(await tooLarge.json(), { error: 'payload-too-large' });
    assert.equal(await countEvents(ctx), before + 1);
  });

  test('GET /events is not a route', async () => {
    const response = await fetch(`${ctx.base}/events`);
    assert.equal(response.status, 404);
  });
});

describe('POST /events: rate limit', () => {
  test('its own per-IP limit: 429 with Retry-After, nothing stored, and reports are not affected', async () => {
    const ctx = await startReceiver({ rateLimit: { limit: 1, windowMs: 10_000 }, eventRateLimit: { limit: 3, windowMs: 10_000 } });
    try {
      for (let i = 0; i < 3; i += 1) assert.equal((await postEvent(ctx.base, validEvent())).status, 204);
      const limited = await postEvent(ctx.base, validEvent());
      assert.equal(limited.status, 429);
      assert.deepEqual(await limited.json(), { error: 'rate-limited' });
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 10, `Retry-After ${retryAfter}`);
      assert.equal(await countEvents(ctx), 3);

      assert.equal((await postReport(ctx.base, validReport())).status, 201, 'a flood of beacons does not use up the report budget');
      assert.equal(await storedCount(ctx), 1);
    } finally {
      await ctx.close();
    }
  });
});

describe('reach aggregation', () => {
  const SAMANA = 'https://www.samana.be';
  const SAMANA_HULP = 'https://hulp.samana.be';
  const OCMW = 'https://www.ocmw-mechelen.be';
  let clock = Date.parse('2026-10-15T10:00:00Z');
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;

  /**
   * Send beacons from one site.
   * @param {string} site
   * @param {string | null} partner
   * @param {Record<string, unknown>[]} events
   */
  async function send(site, partner, events) {
    for (const event of events) {
      const response = await postEvent(ctx.base, { v: 1, partner, lang: 'nl', site, path: '/hulp', ...event }, { origin: site });
      assert.equal(response.headers.get('event-result'), 'stored', JSON.stringify(event));
    }
  }

  /** @param {string} partner @param {number} times */
  async function sendReports(partner, times) {
    for (let i = 0; i < times; i += 1) assert.equal((await postReport(ctx.base, validReport({ partner }))).status, 201);
  }

  before(async () => {
    ctx = await startReceiver({
      allowedOrigins: [ORIGIN, SAMANA, SAMANA_HULP, OCMW],
      now: () => clock,
      rateLimit: { limit: 1000, windowMs: 60_000 },
    });
    // October 2026
    await send(SAMANA, 'samana', [
      { name: 'eh-view' },
      { name: 'eh-view' },
      { name: 'eh-visible', visible: '<5s' },
      { name: 'eh-resource-click', kind: 'tel', resourceType: 'helpline' },
      { name: 'eh-search', results: '0' },
      { name: 'eh-route', route: 'self' },
      { name: 'eh-route', route: 'other' },
      { name: 'eh-report-start' },
      { name: 'eh-report-start' },
      { name: 'eh-report-success' },
    ]);
    await send(SAMANA_HULP, 'samana', [
      { name: 'eh-view' },
      { name: 'eh-visible', visible: '>2m' },
      { name: 'eh-resource-click', kind: 'web', resourceType: 'initiative' },
      { name: 'eh-route', route: 'other' },
    ]);
    await send(ORIGIN, null, [{ name: 'eh-view' }]);
    await sendReports('samana', 1);
    // November 2026
    clock = Date.parse('2026-11-10T12:00:00Z');
    await send(OCMW, 'ocmw', [
      { name: 'eh-view' },
      { name: 'eh-view' },
      { name: 'eh-visible', visible: '5-30s' },
      { name: 'eh-visible', visible: '5-30s' },
      { name: 'eh-resource-click', kind: 'mail', resourceType: 'initiative' },
      { name: 'eh-report-start' },
      { name: 'eh-report-start' },
      { name: 'eh-report-start' },
      { name: 'eh-report-success' },
      { name: 'eh-report-success' },
    ]);
    await sendReports('ocmw', 2);
    await sendReports('samana', 1);
  });
  after(() => ctx.close());

  /** The council's figures for reports nobody handled yet (see reach-handling.test.mjs for handled ones). @param {number} received */
  const notYetHandled = (received) => ({
    received,
    contacted: 0,
    contactedWithin24h: 0,
    contactedWithin24hShare: received ? 0 : null,
    medianHoursToContact: null,
    outcomes: { reached: 0, 'not-reachable': 0, referred: 0, 'no-help-wanted': 0 },
    open: received,
  });
  const october = {
    month: '2026-10',
    partners: [
      {
        partner: 'samana',
        month: '2026-10',
        views: 3,
        avgVisibleSeconds: 91.3, // (2.5 + 180) / 2 = 91.25
        visibleSamples: 2,
        helplineClicks: 1,
        initiativeClicks: 1,
        clickThroughRate: 0.6667,
        searches: 1,
        routes: { self: 1, other: 2 },
        reportsStarted: 2,
        reportsSent: 1,
        reportsSentBeacons: 1,
        sites: [
          { site: SAMANA, views: 2 },
          { site: SAMANA_HULP, views: 1 },
        ],
        handling: notYetHandled(1),
      },
      {
        partner: '(none)',
        month: '2026-10',
        views: 1,
        avgVisibleSeconds: null,
        visibleSamples: 0,
        helplineClicks: 0,
        initiativeClicks: 0,
        clickThroughRate: 0,
        searches: 0,
        routes: { self: 0, other: 0 },
        reportsStarted: 0,
        reportsSent: 0,
        reportsSentBeacons: 0,
        sites: [{ site: ORIGIN, views: 1 }],
        handling: notYetHandled(0),
      },
    ],
  };
  const november = {
    month: '2026-11',
    partners: [
      {
        partner: 'ocmw',
        month: '2026-11',
        views: 2,
        avgVisibleSeconds: 17.5,
        visibleSamples: 2,
        helplineClicks: 0,
        initiativeClicks: 1,
        clickThroughRate: 0.5,
        searches: 0,
        routes: { self: 0, other: 0 },
        reportsStarted: 3,
        reportsSent: 2,
        reportsSentBeacons: 2,
        sites: [{ site: OCMW, views: 2 }],
        handling: notYetHandled(2),
      },
      {
        partner: 'samana',
        month: '2026-11',
        views: 0,
        avgVisibleSeconds: null,
        visibleSamples: 0,
        helplineClicks: 0,
        initiativeClicks: 0,
        clickThroughRate: null,
        searches: 0,
        routes: { self: 0, other: 0 },
        reportsStarted: 0,
        reportsSent: 1,
        reportsSentBeacons: 0,
        sites: [],
        handling: notYetHandled(1),
      },
    ],
  };

  test('/reach.json: per partner and month, newest month first, partners by views', async () => {
    assert.deepEqual(await getReach(ctx), {
      generatedAt: '2026-11-10T12:00:00.000Z',
      timeZone: 'Europe/Brussels',
      month: null,
      visibleSecondsPerBucket: { '<5s': 2.5, '5-30s': 17.5, '30s-2m': 75, '>2m': 180 },
      months: [november, october],
    });
  });

  test('?month= filters to one month; an unknown month is empty; a malformed one is 400', async () => {
    const onlyOctober = await getReach(ctx, '?month=2026-10');
    assert.equal(onlyOctober.month, '2026-10');
    assert.deepEqual(onlyOctober.months, [october]);
    assert.deepEqual((await getReach(ctx, '?month=2025-01')).months, []);
    for (const bad of ['2026-13', '2026-1', 'oct', '2026-10-01']) {
      const response = await (await coordinator(ctx)).get(`/reach.json?month=${bad}`);
      assert.equal(response.status, 400, bad);
      assert.deepEqual(JSON.parse(response.text), { error: 'invalid-month' });
      const page = await (await coordinator(ctx)).get(`/reach?month=${bad}`);
      assert.equal(page.status, 400, bad);
      assert.match(page.text, /<h1>Ongeldig verzoek<\/h1>/, `${bad}: a page in words, in the back office's frame`);
    }
  });

  test('nothing without sign-in, and never readable cross-origin', async () => {
    for (const path of ['/reach.json', '/reach.json?month=2026-10']) {
      const response = await fetch(`${ctx.base}${path}`, { headers: { Origin: ORIGIN }, redirect: 'manual' });
      assert.equal(response.status, 401, path);
      assert.deepEqual(await response.json(), { error: 'sign-in-required' });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    }
    const page = await fetch(`${ctx.base}/reach`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/sign-in?next=%2Freach');
    const signedIn = await (await coordinator(ctx)).get('/reach.json', { headers: { Origin: ORIGIN } });
    assert.equal(signedIn.status, 200);
    assert.equal(signedIn.headers['access-control-allow-origin'], undefined);
  });

  test('/reach: one accessible table per month, in the back office\'s language (English when asked)', async () => {
    const response = await (await coordinator(ctx)).get('/reach', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(String(response.headers['content-security-policy']), /default-src 'none'/);
    const html = response.text;
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Reach<\/h1>/);
    assert.equal(html.match(/<table class="reflow">/g)?.length, 4, 'per month: reach, and the follow-up of its reports');
    assert.ok(html.indexOf('<caption>November 2026 (2026-11)</caption>') < html.indexOf('<caption>October 2026 (2026-10)</caption>'));
    for (const heading of ['Partner', 'Views', 'Average time visible', 'Clicks to helplines', 'Clicks to initiatives', 'Click-through rate', 'Reports started', 'Reports sent', 'Most visited sites']) {
      assert.ok(html.includes(`<th scope="col">${heading}</th>`), heading);
    }
    assert.ok(html.includes('<th scope="row" data-label="Partner">samana</th>'));
    assert.ok(html.includes('<th scope="row" data-label="Partner">(none)</th>'));
    assert.ok(html.includes('1 min 31 s'), 'avg. 91.3 s');
    assert.ok(html.includes('66.7 %'));
    assert.ok(html.includes('no views'), 'samana in November has reports but no views');
    assert.ok(html.includes('2 (widgets: 2)'));
    assert.ok(html.includes(`<li>${SAMANA}: 2</li>`));
    assert.match(html, /180 s/, 'the page says what >2m counts as');
    assert.doesNotMatch(html, /<script/i, 'the reach page needs no script');
    assert.doesNotMatch(html, /\sstyle="/);
  });

  test('/reach in Dutch by default and in French when asked: same table, its own words and number format', async () => {
    const dutch = (await (await coordinator(ctx)).get('/reach', { headers: { 'Accept-Language': '' } })).text;
    assert.match(dutch, /<html lang="nl">/);
    assert.match(dutch, /<h1>Bereik<\/h1>/);
    assert.ok(dutch.includes('<caption>November 2026 (2026-11)</caption>'));
    assert.ok(dutch.includes('<th scope="col">Doorklikratio</th>'));
    assert.ok(dutch.includes('66,7 %'));
    assert.ok(dutch.includes('geen weergaven'));
    const french = (await (await coordinator(ctx)).get('/reach', { headers: { 'Accept-Language': 'fr-BE,fr;q=0.9,nl;q=0.5' } })).text;
    assert.match(french, /<html lang="fr">/);
    assert.match(french, /<h1>Portée<\/h1>/);
    assert.ok(french.includes('<caption>Novembre 2026 (2026-11)</caption>'));
    assert.ok(french.includes('<th scope="col">Taux de clics</th>'));
    assert.ok(french.includes('66,7 %'));
  });
});

describe('reach: sites', () => {
  test('top 10 sites per partner and month, most views first, then by name', async () => {
    const sites = Array.from({ length: 12 }, (_, i) => `https://site-${String(i + 1).padStart(2, '0')}.example`);
    const ctx = await startReceiver({ allowedOrigins: sites, now: () => Date.parse('2026-05-05T10:00:00Z') });
    try {
      const views = new Map(sites.map((site) => [site, 1]));
      views.set('https://site-01.example', 3);
      views.set('https://site-12.example', 2);
      for (const [site, count] of views) {
        for (let i = 0; i < count; i += 1) {
          await postEvent(ctx.base, validEvent({ site }), { origin: site });
        }
      }
      const [month] = (await getReach(ctx)).months;
      assert.equal(month.partners[0].views, 15);
      assert.deepEqual(month.partners[0].sites, [
        { site: 'https://site-01.example', views: 3 },
        { site: 'https://site-12.example', views: 2 },
        ...sites.slice(1, 9).map((site) => ({ site, views: 1 })),
      ]);
    } finally {
      await ctx.close();
    }
  });
});

describe('reach: month boundaries in Europe/Brussels', () => {
  test('brusselsMonth follows CET/CEST', () => {
    assert.equal(brusselsMonth(Date.parse('2026-11-30T22:59:59.999Z')), '2026-11', '23:59:59 CET');
    assert.equal(brusselsMonth(Date.parse('2026-11-30T23:00:00Z')), '2026-12', 'midnight CET');
    assert.equal(brusselsMonth(Date.parse('2026-11-30T23:30:00Z')), '2026-12');
    // Summer time ended on 25 October 2026, so the last evening of October is CET.
    assert.equal(brusselsMonth(Date.parse('2026-10-31T23:30:00Z')), '2026-11');
    assert.equal(brusselsMonth(Date.parse('2026-10-31T22:30:00Z')), '2026-10');
    // CEST (UTC+2) in summer.
    assert.equal(brusselsMonth(Date.parse('2026-06-30T21:59:59Z')), '2026-06');
    assert.equal(brusselsMonth(Date.parse('2026-06-30T22:30:00Z')), '2026-07');
    assert.equal(brusselsMonth(Date.parse('2026-12-31T23:00:00Z')), '2027-01', 'new year');
  });

  test('events and reports at 2026-11-30T23:30:00Z count for December, a minute before midnight for November', async () => {
    let clock = Date.parse('2026-11-30T22:59:00Z');
    const ctx = await startReceiver({ now: () => clock });
    try {
      await postEvent(ctx.base, validEvent());
      assert.equal((await postReport(ctx.base, validReport({ partner: 'samana' }))).status, 201);
      clock = Date.parse('2026-11-30T23:30:00Z');
      await postEvent(ctx.base, validEvent());
      await postEvent(ctx.base, validEvent());
      assert.equal((await postReport(ctx.base, validReport({ partner: 'samana' }))).status, 201);
      assert.equal((await postReport(ctx.base, validReport({ partner: 'samana' }))).status, 201);

      assert.deepEqual((await allEvents(ctx)).map((row) => row.month), ['2026-11', '2026-12', '2026-12']);
      const reach = await getReach(ctx);
      assert.deepEqual(
        reach.months.map((/** @type {any} */ m) => [m.month, m.partners[0].views, m.partners[0].reportsSent]),
        [
          ['2026-12', 2, 2],
          ['2026-11', 1, 1],
        ],
      );
    } finally {
      await ctx.close();
    }
  });
});

describe('/reach escapes everything it writes', () => {
  test('a hostile partner (from a report), site and path (stored directly) come out as text', async () => {
    const ctx = await startReceiver({ now: () => Date.parse('2026-10-15T10:00:00Z') });
    try {
      assert.equal((await postReport(ctx.base, validReport({ partner: '<script>alert(1)</script>' }))).status, 201);
      // POST /events cannot store such a site (it must equal an allowed Origin), but a
      // page must stay safe whatever is in the table.
      await ctx.store.events.insert(
        {
          name: 'eh-view',
          partner: 'p"><b>x</b>',
          lang: 'nl',
          site: 'https://x.example"><img src=x onerror=alert(1)>',
          path: '/<script>alert(2)</script>',
          visible: null,
          kind: null,
          resource_type: null,
          results: null,
          route: null,
        },
        0,
        '2026-10',
      );
      const html = (await (await coordinator(ctx)).get('/reach')).text;
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<img/i);
      assert.doesNotMatch(html, /<b>/);
      assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'partner escaped');
      assert.ok(html.includes('https://x.example&#34;&#62;&#60;img src=x onerror=alert(1)&#62;'), 'site escaped');
      assert.ok(html.includes('p&#34;&#62;&#60;b&#62;x&#60;/b&#62;'), 'partner from events escaped');
      assert.ok(!html.includes('alert(2)'), 'paths are not shown at all');

      const json = await getReach(ctx);
      assert.equal(json.months[0].partners.find((/** @type {any} */ p) => p.partner.startsWith('<script')).reportsSent, 1, 'JSON keeps the raw text');
    } finally {
      await ctx.close();
    }
  });
});

describe('event payload helpers', () => {
  test('parseEvent reads own properties only', () => {
    assert.deepEqual(parseEvent(validEvent(), ORIGIN).ok, true);
    assert.deepEqual(parseEvent(Object.create(validEvent()), ORIGIN), { ok: false, reason: 'invalid-v' });
    const { name, ...rest } = validEvent();
    assert.deepEqual(parseEvent(Object.assign(Object.create({ name }), rest), ORIGIN), { ok: false, reason: 'invalid-name' });
  });

  test('parseEvent without an Origin only checks that site is an origin', () => {
    assert.equal(parseEvent(validEvent({ site: OTHER_ALLOWED }), undefined).ok, true);
    assert.deepEqual(parseEvent(validEvent({ site: OTHER_ALLOWED }), ORIGIN), { ok: false, reason: 'invalid-site-origin' });
  });

  test('isOrigin accepts browser-serialized http(s) origins only', () => {
    for (const good of ['https://www.samana.be', 'http://127.0.0.1:8080', 'http://[::1]:8787', 'https://xn--bcher-kva.example']) {
      assert.equal(isOrigin(good), true, good);
    }
    for (const bad of ['https://www.samana.be/', 'https://WWW.samana.be', 'https://www.samana.be:443', 'https://u:p@samana.be', 'ftp://samana.be', 'null', '', 42]) {
      assert.equal(isOrigin(bad), false, String(bad));
    }
  });

  test('cleanPath', () => {
    assert.equal(cleanPath('/a?b#c'), '/a');
    assert.equal(cleanPath(`/${'a'.repeat(299)}`)?.length, 300);
    assert.equal(cleanPath(`/${'a'.repeat(300)}`), null);
    assert.equal(cleanPath('a'), null);
    assert.equal(cleanPath(null), null);
  });

  test('page formats', () => {
    assert.equal(monthLabel('2026-11'), 'November 2026');
    assert.equal(monthLabel('2026-11', 'nl'), 'November 2026');
    assert.equal(monthLabel('2026-03', 'fr'), 'Mars 2026');
    assert.equal(formatSeconds(17.5, 'nl'), '17,5 s');
    assert.equal(formatSeconds(null), 'no data');
    assert.equal(formatSeconds(17.5), '17.5 s');
    assert.equal(formatSeconds(91.3), '1 min 31 s');
    assert.equal(formatSeconds(180), '3 min');
    assert.equal(formatRate(null), 'no views');
    assert.equal(formatRate(0.6667), '66.7 %');
    assert.equal(formatRate(1.5), '150 %');
  });
});
