import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatTimeLeft } from '../../server/inbox.mjs';
import { REFERENCE_PATTERN } from '../../server/reference.mjs';
import { ORIGIN, countReports, postOpen311, postReport, startReceiver, validReport } from './helpers.mjs';

describe('Open311 POST /requests.json', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ rateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('201 with service_request_id and notice; stored as format open311', async () => {
    const fields = { service_code: 'eenzaamheid', description: 'Buurman alleen', address_string: '2800 Mechelen', email: 'buur@example.org', first_name: 'An' };
    const response = await postOpen311(ctx.base, fields);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    const body = await response.json();
    assert.equal(body.length, 1);
    assert.match(body[0].service_request_id, REFERENCE_PATTERN);
    assert.equal(body[0].service_notice, 'Binnen 24 uur neemt iemand contact op.');
    const row = /** @type {any} */ (ctx.db.prepare('SELECT * FROM reports WHERE reference = ?').get(body[0].service_request_id));
    assert.equal(row.format, 'open311');
    assert.equal(row.about, 'unknown');
    assert.equal(row.area, '2800 Mechelen');
    assert.deepEqual(JSON.parse(row.payload), fields);
  });

  test('the notice speaks the report’s language (Dutch when none is given)', async () => {
    const notices = {};
    for (const lang of ['fr', 'en', 'de']) {
      const response = await postOpen311(ctx.base, { service_code: 'eenzaamheid', email: 'buur@example.org', lang });
      assert.equal(response.status, 201);
      notices[lang] = (await response.json())[0].service_notice;
    }
    assert.deepEqual(notices, {
      fr: 'Une personne prend contact dans les 24\u202fheures.',
      en: 'Someone will get in touch within 24 hours.',
      de: 'Binnen 24 uur neemt iemand contact op.',
    });
  });

  test('400 when service_code is missing', async () => {
    const before = countReports(ctx.db);
    const response = await postOpen311(ctx.base, { email: 'buur@example.org' });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), [{ code: 400, description: 'service_code is required' }]);
    assert.equal(countReports(ctx.db), before);
  });

  test('400 when neither email nor phone is given', async () => {
    const response = await postOpen311(ctx.base, { service_code: 'eenzaamheid', description: 'x' });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body[0].code, 400);
    assert.match(body[0].description, /email or phone/);
  });

  test('Idempotency-Key replays the first answer and stores once', async () => {
    const fields = { service_code: 'eenzaamheid', phone: '015 12 34 56' };
    const before = countReports(ctx.db);
    const first = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'open311-key-1' });
    const second = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'open311-key-1' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(countReports(ctx.db), before + 1);
  });
});

describe('coordinator inbox', () => {
  let clock = Date.parse('2025-03-10T09:00:00Z');
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: () => clock, rateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('lists reports newest first with escaped text, contact details and time left', async () => {
    const old = await (await postReport(ctx.base, validReport({ partner: '<script>alert(1)</script>', email: 'a@b.be' }))).json();
    clock += 25 * 60 * 60 * 1000 + 3 * 60 * 1000; // 25 h 3 min later
    const fresh = await (
      await postOpen311(ctx.base, {
        service_code: 'eenzaamheid',
        address_string: '<img src=x onerror=alert(1)>',
        description: 'Tom & "Jerry"',
        phone: '015 99 88 77',
      })
    ).json();
    clock += 48 * 60 * 1000; // 48 min after the fresh one

    const response = await fetch(`${ctx.base}/inbox`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await response.text();

    assert.match(html, /<html lang="nl">/);
    assert.match(html, /<caption>/);
    assert.match(html, /<th scope="col">Referentie<\/th>/);
    assert.doesNotMatch(html, /<script/i, 'no script element, not even from user text');
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /\sstyle="/, 'no inline style attributes');
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'partner escaped');
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'), 'address escaped');
    assert.ok(html.includes('Tom &#38; &#34;Jerry&#34;'), 'description escaped');
    assert.ok(html.includes('015 12 34 56'), 'phone shown for the call-back');
    assert.ok(html.includes('015 99 88 77'));

    assert.ok(html.indexOf(fresh[0].service_request_id) < html.indexOf(old.reference), 'newest first');
    assert.ok(html.includes('nog 23 u 12 min'), 'time left for the fresh report');
    assert.ok(html.includes('te laat: 1 u 51 min'), 'overdue for the old one');
    // 2025-03-10 09:00 UTC is 10:00 in Brussels (CET).
    assert.match(html, /10:00/);
  });

  test('/inbox.json has the same rows plus deadline and msLeft, and is not readable cross-origin', async () => {
    const response = await fetch(`${ctx.base}/inbox.json`, { headers: { Origin: ORIGIN } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const rows = await response.json();
    assert.equal(rows.length, 2);
    assert.equal(rows[0].format, 'open311');
    assert.equal(rows[0].msLeft, 23 * 3600_000 + 12 * 60_000);
    assert.equal(rows[0].deadline, new Date(Date.parse(rows[0].receivedAt) + 24 * 3600_000).toISOString());
    assert.equal(rows[1].partner, '<script>alert(1)</script>', 'JSON keeps the raw text');
    assert.equal(rows[1].contactMethod, 'phone');
    assert.ok(rows[1].msLeft < 0);
  });

  test('formatTimeLeft', () => {
    assert.equal(formatTimeLeft(0), 'nog 0 u 0 min');
    assert.equal(formatTimeLeft(23 * 3600_000 + 12 * 60_000 + 59_000), 'nog 23 u 12 min');
    assert.equal(formatTimeLeft(-(2 * 3600_000 + 3 * 60_000)), 'te laat: 2 u 3 min');
  });
});
