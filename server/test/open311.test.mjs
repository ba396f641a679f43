import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { REFERENCE_PATTERN } from '../src/intake/reference.mjs';
import { manualClock, postOpen311, startReceiver, storedCount, storedReport, validOpen311, validReport } from './helpers.mjs';
import { rawRows } from './raw-sql.mjs';



describe('Open311 POST /requests.json: the JSON intake\'s rules', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: clock, rateLimit: { limit: 1000, windowMs: 60_000 }, duplicateWindowMs: 10 * 60_000 });
  });
  after(() => ctx.close());

  test('201 with service_request_id and notice; stored as open311 with only the fields it knows', async () => {
    const fields = validOpen311({
      email: 'buur@example.org',
      'attribute[partner]': 'samana',
      'attribute[age_group]': '65-plus',
      'attribute[about]': 'other',
      lang: 'fr',
      favourite_colour: 'blue',
    });
    const response = await postOpen311(ctx.base, fields);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    const body = await response.json();
    assert.equal(body.length, 1);
    assert.match(body[0].service_request_id, REFERENCE_PATTERN);
    assert.equal(body[0].service_notice, 'Une personne prend contact dans les 24\u202fheures.', 'the notice in the report\u2019s language (lang: fr)');
    const row = await storedReport(ctx, { reference: body[0].service_request_id });
    assert.equal(row.format, 'open311');
    assert.equal(row.area, 'Nekkerspoel');
    assert.equal(row.partner, 'samana');
    assert.equal(row.age_group, '65-plus');
    assert.equal(row.about, 'other');
    assert.equal(row.lang, 'fr');
    assert.equal(row.fill_ms, 40000);
    assert.deepEqual(JSON.parse(row.payload), {
      service_code: 'eenzaamheid',
      description: 'Buurman komt niet meer buiten.',
      email: 'buur@example.org',
      phone: '015 12 34 56',
      name: 'An',
    });
    assert.doesNotMatch(JSON.stringify(row), /blue/, 'an unknown field is stored nowhere');
  });

  test('the notice speaks the report’s language (Dutch when none or an unknown one is given)', async () => {
    /** @type {Record<string, string>} */
    const notices = {};
    for (const lang of ['fr', 'en', 'de']) {
      const response = await postOpen311(ctx.base, validOpen311({ 'attribute[lang]': lang, email: `buur-${lang}@example.org` }));
      assert.equal(response.status, 201);
      notices[lang] = (await response.json())[0].service_notice;
    }
    assert.deepEqual(notices, {
      fr: 'Une personne prend contact dans les 24\u202fheures.',
      en: 'Someone will get in touch within 24 hours.',
      de: 'Binnen 24 uur neemt iemand contact op.',
    });
  });

  test('a street address is refused with a clear GeoReport error, and nothing is stored', async () => {
    const before = (await storedCount(ctx));
    for (const address of ['Bruul 12, 2800 Mechelen', 'Grote Markt 21', 'Nekkerspoel 3']) {
      const response = await postOpen311(ctx.base, validOpen311({ address_string: address }));
      assert.equal(response.status, 400, address);
      assert.deepEqual(await response.json(), [
        { code: 400, description: 'address_string: a loneliness report never carries a precise place; give a neighbourhood or a postcode, never a street address' },
      ]);
      const asArea = await postOpen311(ctx.base, validOpen311({ address_string: '', 'attribute[area]': address }));
      assert.equal(asArea.status, 400, address);
      assert.deepEqual(await asArea.json(), [
        { code: 400, description: 'attribute[area]: a loneliness report never carries a precise place; give a neighbourhood or a postcode, never a street address' },
      ]);
    }
    assert.equal((await storedCount(ctx)), before);
  });

  test('a precise location (lat/long, address_id) is refused', async () => {
    const response = await postOpen311(ctx.base, validOpen311({ lat: '51.0259', long: '4.4776' }));
    assert.equal(response.status, 400);
    const descriptions = (await response.json()).map((/** @type {any} */ error) => error.description);
    assert.deepEqual(descriptions, [
      'lat: a loneliness report never carries a precise place; give the neighbourhood or postcode as attribute[area]',
      'long: a loneliness report never carries a precise place; give the neighbourhood or postcode as attribute[area]',
    ]);
  });

  test('a postcode is a place too', async () => {
    assert.equal((await postOpen311(ctx.base, validOpen311({ address_string: '2800' }))).status, 201);
  });

  test('e-mail and phone are checked like the form\'s; every problem is listed at once', async () => {
    const response = await postOpen311(ctx.base, validOpen311({ email: 'not an address', phone: '12', service_code: '' }));
    assert.equal(response.status, 400);
    assert.deepEqual(
      (await response.json()).map((/** @type {any} */ error) => error.description),
      ['service_code is required', 'email is not a valid e-mail address', 'phone is not a valid phone number'],
    );
    const neither = await postOpen311(ctx.base, validOpen311({ phone: '' }));
    assert.deepEqual(await neither.json(), [{ code: 400, description: 'email or phone is required: the meldpunt calls or mails the person back' }]);
    const other = await postOpen311(ctx.base, validOpen311({ service_code: 'pothole' }));
    assert.deepEqual(await other.json(), [{ code: 400, description: 'service_code is not a known service (GET /services.json lists eenzaamheid)' }]);
  });

  test('a field given twice, too many fields, or another content type: 400', async () => {
    const twice = await fetch(`${ctx.base}/requests.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${new URLSearchParams(validOpen311())}&phone=0470000000`,
    });
    assert.equal(twice.status, 400);
    assert.deepEqual(await twice.json(), [{ code: 400, description: 'phone is given more than once' }]);
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${i}`, 'x']));
    assert.deepEqual(await (await postOpen311(ctx.base, many)).json(), [{ code: 400, description: 'too many fields' }]);
    const json = await fetch(`${ctx.base}/requests.json`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validOpen311()) });
    assert.equal(json.status, 400);
    assert.deepEqual(await json.json(), [{ code: 400, description: 'Content-Type must be application/x-www-form-urlencoded' }]);
  });

  test('honeypot and too-fast fill: the same 201 and replay, never stored', async () => {
    const before = (await storedCount(ctx));
    for (const extra of [{ 'attribute[honeypot]': 'http://spam.example' }, { 'attribute[fill_ms]': '500' }]) {
      const fields = validOpen311({ description: `bot ${JSON.stringify(extra)}`, ...extra });
      const first = await postOpen311(ctx.base, fields);
      assert.equal(first.status, 201);
      const body = await first.json();
      assert.match(body[0].service_request_id, REFERENCE_PATTERN);
      const retry = await postOpen311(ctx.base, fields);
      assert.deepEqual(await retry.json(), body);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    }
    assert.equal((await storedCount(ctx)), before);
  });

  test('an empty request is refused whatever the honeypot says', async () => {
    const response = await postOpen311(ctx.base, { 'attribute[honeypot]': 'x' });
    assert.equal(response.status, 400);
  });

  test('a retry without a key is recognised by its content for the window, and stored once', async () => {
    const fields = validOpen311({ description: 'Zonder sleutel verstuurd.' });
    const before = (await storedCount(ctx));
    const first = await (await postOpen311(ctx.base, fields)).json();
    clock.tick(9 * 60_000);
    const retry = await postOpen311(ctx.base, { ...fields, 'attribute[fill_ms]': '52000' });
    assert.equal(retry.status, 201);
    assert.deepEqual(await retry.json(), first);
    assert.equal((await storedCount(ctx)), before + 1);

    clock.tick(2 * 60_000);
    const later = await (await postOpen311(ctx.base, fields)).json();
    assert.notEqual(later[0].service_request_id, first[0].service_request_id, 'after the window the same text is a new report');
    assert.equal((await storedCount(ctx)), before + 2);
  });

  test('Idempotency-Key: replay for the same request, 422 for another', async () => {
    const fields = validOpen311({ description: 'Met sleutel.' });
    const before = (await storedCount(ctx));
    const first = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'open311-key-1' });
    const second = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'open311-key-1' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    const other = await postOpen311(ctx.base, { ...fields, description: 'Iets anders.' }, { 'Idempotency-Key': 'open311-key-1' });
    assert.equal(other.status, 422);
    assert.deepEqual(await other.json(), [{ code: 422, description: 'this report_id was sent before with other fields: a new report needs a new report_id' }]);
    assert.equal((await storedCount(ctx)), before + 1);
    const bad = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'with space' });
    assert.deepEqual(await bad.json(), [{ code: 400, description: 'Idempotency-Key is invalid' }]);
  });
});

describe('Open311 POST: report_id as the idempotency key, the report schema\'s rules', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ rateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('a spec-minimal request: service_code, the required attributes and a way to reach the person', async () => {
    const response = await postOpen311(ctx.base, { service_code: 'eenzaamheid', 'attribute[area]': '2800', 'attribute[about]': 'other', email: 'buur@example.org' });
    assert.equal(response.status, 201);
    const [answer] = await response.json();
    const row = await storedReport(ctx, { reference: answer.service_request_id });
    assert.deepEqual([row.area, row.about, row.age_group, row.lang], ['2800', 'other', 'unknown', 'nl']);
  });

  test('the same report_id with the same fields is answered once (fill time aside); with other fields: 422', async () => {
    const reportId = randomUUID();
    const fields = validOpen311({ 'attribute[report_id]': reportId, description: 'Met report_id.' });
    const before = await storedCount(ctx);
    const first = await postOpen311(ctx.base, fields);
    assert.equal(first.status, 201);
    const body = await first.json();
    const retry = await postOpen311(ctx.base, { ...fields, 'attribute[fill_ms]': '61000' });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await retry.json(), body);
    const other = await postOpen311(ctx.base, { ...fields, description: 'Een andere melding.' });
    assert.equal(other.status, 422);
    assert.deepEqual(await other.json(), [{ code: 422, description: 'this report_id was sent before with other fields: a new report needs a new report_id' }]);
    assert.equal(await storedCount(ctx), before + 1);
    const row = await storedReport(ctx, { reference: body[0].service_request_id });
    assert.equal(row.id, reportId, 'the report keeps its own id, as a JSON report does');
  });

  test('a report_id that is not a UUID, or that differs from the Idempotency-Key header: 400', async () => {
    const bad = await postOpen311(ctx.base, validOpen311({ 'attribute[report_id]': 'report-1' }));
    assert.deepEqual([bad.status, await bad.json()], [400, [{ code: 400, description: 'attribute[report_id] must be a UUID' }]]);
    const differ = await postOpen311(ctx.base, validOpen311({ 'attribute[report_id]': randomUUID() }), { 'Idempotency-Key': randomUUID() });
    assert.deepEqual([differ.status, await differ.json()], [400, [{ code: 400, description: 'Idempotency-Key and attribute[report_id] differ' }]]);
  });

  test('a JSON report\'s id sent again through Open311 with other content is refused, not stored twice', async () => {
    const report = validReport();
    const json = await fetch(`${ctx.base}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': report.id },
      body: JSON.stringify(report),
    });
    assert.equal(json.status, 201);
    const before = await storedCount(ctx);
    const again = await postOpen311(ctx.base, validOpen311({ 'attribute[report_id]': report.id }));
    assert.equal(again.status, 422);
    assert.equal(await storedCount(ctx), before);
  });

  test('about is required, consent must be true about oneself; relation, person_knows, contact_times and consent are kept', async () => {
    const missing = await postOpen311(ctx.base, validOpen311({ 'attribute[about]': '' }));
    assert.deepEqual(await missing.json(), [{ code: 400, description: 'attribute[about] is required: self or other' }]);
    const noConsent = await postOpen311(ctx.base, validOpen311({ 'attribute[about]': 'self' }));
    assert.deepEqual(await noConsent.json(), [{ code: 400, description: 'attribute[consent] must be true for a report about oneself (about=self)' }]);
    const wrong = await postOpen311(ctx.base, validOpen311({ 'attribute[consent]': 'ja', 'attribute[relation]': 'cousin', 'attribute[person_knows]': 'maybe' }));
    assert.deepEqual((await wrong.json()).map((/** @type {any} */ e) => e.description), [
      'attribute[consent] must be true or false',
      'attribute[relation] is not a known relation',
      'attribute[person_knows] must be yes, no or unsure',
    ]);
    const self = await postOpen311(ctx.base, validOpen311({ 'attribute[about]': 'self', 'attribute[consent]': 'true' }));
    assert.equal(self.status, 201);
    const full = await postOpen311(ctx.base, validOpen311({
      description: 'Met alle attributen.',
      'attribute[consent]': 'true',
      'attribute[relation]': 'neighbour',
      'attribute[person_knows]': 'no',
      'attribute[contact_times]': 'na 17 uur',
    }));
    assert.equal(full.status, 201);
    const row = await storedReport(ctx, { reference: (await full.json())[0].service_request_id });
    const payload = JSON.parse(row.payload);
    assert.deepEqual([payload.relation, payload.personKnows, payload.contactTimes, payload.consent], ['neighbour', 'no', 'na 17 uur', true]);
  });

  test('POST /requests.xml answers in XML: the reference, or GeoReport errors with hostile text escaped', async () => {
    const response = await postOpen311(ctx.base, validOpen311({ description: 'Via XML.' }), {}, 'xml');
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'text/xml; charset=utf-8');
    const xml = await response.text();
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<service_requests><request><service_request_id>[A-Z2-9]{8}<\/service_request_id><service_notice>Binnen 24 uur neemt iemand contact op\.<\/service_notice><\/request><\/service_requests>\n$/);

    const hostile = `<x a="1">&'`;
    const twice = await fetch(`${ctx.base}/requests.xml`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${encodeURIComponent(hostile)}=1&${encodeURIComponent(hostile)}=2`,
    });
    assert.equal(twice.status, 400);
    assert.equal(
      await twice.text(),
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors><error><code>400</code><description>&lt;x a=&quot;1&quot;&gt;&amp;&apos; is given more than once</description></error></errors>\n',
    );
  });

  test('errors from the framework are GeoReport errors too: another media type, a body too large, another origin', async () => {
    const xmlBody = await fetch(`${ctx.base}/requests.json`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: '<x/>' });
    assert.deepEqual([xmlBody.status, await xmlBody.json()], [415, [{ code: 415, description: 'Content-Type must be application/x-www-form-urlencoded' }]]);
    const large = await postOpen311(ctx.base, validOpen311({ description: 'x'.repeat(20_000) }), {}, 'xml');
    assert.equal(large.status, 413);
    assert.match(await large.text(), /<errors><error><code>413<\/code><description>the request is too large<\/description><\/error><\/errors>/);
    const foreign = await postOpen311(ctx.base, validOpen311(), { Origin: 'https://evil.example' });
    assert.deepEqual([foreign.status, await foreign.json()], [403, [{ code: 403, description: 'this page\'s origin may not send reports' }]]);
  });
});

describe('Open311 api_key and jurisdiction_id, when configured', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ open311ApiKeys: ['partner-key-1', 'partner-key-2'], open311Jurisdiction: 'mechelen.be' });
  });
  after(() => ctx.close());

  test('POST without a key or with a wrong one: 403 in GeoReport\'s format; with a key (form field or query): 201, the key never stored', async () => {
    const none = await postOpen311(ctx.base, validOpen311());
    assert.deepEqual([none.status, await none.json()], [403, [{ code: 403, description: 'api_key is required' }]]);
    const wrong = await postOpen311(ctx.base, validOpen311({ api_key: 'partner-key-3' }), {}, 'xml');
    assert.equal(wrong.status, 403);
    assert.match(await wrong.text(), /<errors><error><code>403<\/code><description>api_key is not valid<\/description><\/error><\/errors>/);
    const right = await postOpen311(ctx.base, validOpen311({ api_key: 'partner-key-2', description: 'Met sleutel.' }));
    assert.equal(right.status, 201);
    const inQuery = await fetch(`${ctx.base}/requests.json?api_key=partner-key-1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(validOpen311({ description: 'Sleutel in de query.' })).toString(),
    });
    assert.equal(inQuery.status, 201);
    const rows = await rawRows(ctx, 'SELECT * FROM reports');
    assert.equal(rows.length, 2);
    assert.doesNotMatch(JSON.stringify(rows), /partner-key/);
  });

  test('jurisdiction_id: the configured one or none is accepted, another one is 404', async () => {
    const other = await postOpen311(ctx.base, validOpen311({ api_key: 'partner-key-1', jurisdiction_id: 'antwerpen.be' }));
    assert.deepEqual([other.status, await other.json()], [404, [{ code: 404, description: 'jurisdiction_id not found' }]]);
    const same = await postOpen311(ctx.base, validOpen311({ api_key: 'partner-key-1', jurisdiction_id: 'mechelen.be', description: 'Met jurisdictie.' }));
    assert.equal(same.status, 201);
    const services = await fetch(`${ctx.base}/services.json?jurisdiction_id=antwerpen.be`);
    assert.equal(services.status, 404);
    assert.equal((await fetch(`${ctx.base}/services.json?jurisdiction_id=mechelen.be`)).status, 200);
  });

  test('GET status needs the key too; services and discovery do not', async () => {
    const posted = await (await postOpen311(ctx.base, validOpen311({ api_key: 'partner-key-1', description: 'Status met sleutel.' }))).json();
    const id = posted[0].service_request_id;
    const without = await fetch(`${ctx.base}/requests/${id}.json`);
    assert.deepEqual([without.status, await without.json()], [403, [{ code: 403, description: 'api_key is required' }]]);
    const withKey = await fetch(`${ctx.base}/requests/${id}.json?api_key=partner-key-1`);
    assert.equal(withKey.status, 200);
    assert.equal((await withKey.json())[0].service_request_id, id);
    assert.equal((await fetch(`${ctx.base}/services.json`)).status, 200);
    assert.equal((await fetch(`${ctx.base}/discovery.json`)).status, 200);
  });
});

describe('Open311 GET status: nothing personal, never a list', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: clock, open311RateLimit: { limit: 8, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('status, dates with Brussels\' offset, service and agency; open until closed; no personal field', async () => {
    const fields = validOpen311({ email: 'geheim@example.org', description: 'Geheime beschrijving.', address_string: 'Walem' });
    const [{ service_request_id: id }] = await (await postOpen311(ctx.base, fields)).json();
    const open = await fetch(`${ctx.base}/requests/${id}.json`);
    assert.equal(open.status, 200);
    assert.equal(open.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await open.json(), [{
      service_request_id: id,
      status: 'open',
      service_code: 'eenzaamheid',
      service_name: 'Meldpunt eenzaamheid',
      agency_responsible: 'Stad Mechelen – meldpunt eenzaamheid',
      requested_datetime: '2026-03-10T10:00:00+01:00',
      updated_datetime: '2026-03-10T10:00:00+01:00',
    }]);
    // Summer time: the offset follows Brussels.
    assert.equal(await ctx.store.reports.setStatus(id, { status: 'closed', at: Date.parse('2026-07-01T08:30:00Z'), outcome: 'reached', actorId: null, actor: 'system' }), true);
    const xml = await fetch(`${ctx.base}/requests/${id.toLowerCase()}.xml`);
    assert.equal(xml.headers.get('content-type'), 'text/xml; charset=utf-8');
    const text = await xml.text();
    assert.match(text, /<status>closed<\/status>/);
    assert.match(text, /<updated_datetime>2026-07-01T10:30:00\+02:00<\/updated_datetime>/);
    for (const secret of ['geheim', 'Geheime', 'Walem', '015 12 34 56', 'reached']) assert.ok(!text.includes(secret), secret);
  });

  test('unknown, malformed, or too many references; none at all: GeoReport errors', async () => {
    const unknown = await fetch(`${ctx.base}/requests/ABCDEFGH.json`);
    assert.deepEqual([unknown.status, await unknown.json()], [404, [{ code: 404, description: 'service_request_id not found' }]]);
    const malformed = await fetch(`${ctx.base}/requests/${encodeURIComponent('<1>')}.xml`);
    assert.equal(malformed.status, 404);
    assert.match(await malformed.text(), /<errors><error><code>404<\/code><description>service_request_id not found<\/description><\/error><\/errors>/);
    const none = await fetch(`${ctx.base}/requests.json`);
    assert.deepEqual([none.status, await none.json()], [400, [{ code: 400, description: 'service_request_id is required: this endpoint gives the status of known requests, it never lists them' }]]);
    const many = await fetch(`${ctx.base}/requests.json?service_request_id=${Array.from({ length: 11 }, (_, i) => `AAAAAAA${'ABCDEFGHJKM'[i]}`).join(',')}`);
    assert.deepEqual(await many.json(), [{ code: 400, description: 'at most 10 service_request_id values at once' }]);
  });

  test('several references at once: the known ones', async () => {
    const [{ service_request_id: a }] = await (await postOpen311(ctx.base, validOpen311({ description: 'Eerste.' }))).json();
    const list = await (await fetch(`${ctx.base}/requests.json?service_request_id=${a},ZZZZZZZZ`)).json();
    assert.deepEqual(list.map((/** @type {any} */ entry) => [entry.service_request_id, entry.status]), [[a, 'open']]);
  });

  test('rate limited per client: 429 in GeoReport\'s format with Retry-After', async () => {
    /** @type {Response | undefined} */
    let limited;
    for (let i = 0; i < 20 && !limited; i += 1) {
      const response = await fetch(`${ctx.base}/requests/ABCDEFGH.xml`);
      if (response.status === 429) limited = response;
    }
    assert.ok(limited, 'limited within 20 requests');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(await limited.text(), /<errors><error><code>429<\/code><description>too many requests: try again after the seconds in Retry-After<\/description><\/error><\/errors>/);
  });
});

describe('Open311 status of an erased report', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver();
  });
  after(() => ctx.close());

  test('a report erased on time before anyone closed it is closed: nobody works on it any more', async () => {
    const [{ service_request_id: id }] = await (await postOpen311(ctx.base, validOpen311({ description: 'Wordt gewist.' }))).json();
    assert.equal((await (await fetch(`${ctx.base}/requests/${id}.json`)).json())[0].status, 'open');
    assert.equal(await ctx.store.reports.erase(id, Date.now(), 'retention'), true);
    assert.equal((await (await fetch(`${ctx.base}/requests/${id}.json`)).json())[0].status, 'closed');
  });
});
