import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REFERENCE_PATTERN } from '../src/intake/reference.mjs';
import { manualClock, postOpen311, startReceiver, storedCount, storedReport, validOpen311 } from './helpers.mjs';



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
      assert.deepEqual(await response.json(), [{ code: 400, description: 'address_string must be a neighbourhood or a postcode, never a street address' }]);
    }
    assert.equal((await storedCount(ctx)), before);
  });

  test('a precise location (lat/long, address_id) is refused', async () => {
    const response = await postOpen311(ctx.base, validOpen311({ lat: '51.0259', long: '4.4776' }));
    assert.equal(response.status, 400);
    const descriptions = (await response.json()).map((/** @type {any} */ error) => error.description);
    assert.deepEqual(descriptions, [
      'lat: no precise location; give the neighbourhood or postcode as address_string',
      'long: no precise location; give the neighbourhood or postcode as address_string',
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
    assert.deepEqual(await neither.json(), [{ code: 400, description: 'email or phone is required' }]);
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
    assert.deepEqual(await other.json(), [{ code: 422, description: 'Idempotency-Key was used for a different request' }]);
    assert.equal((await storedCount(ctx)), before + 1);
    const bad = await postOpen311(ctx.base, fields, { 'Idempotency-Key': 'with space' });
    assert.deepEqual(await bad.json(), [{ code: 400, description: 'Idempotency-Key is invalid' }]);
  });
});
