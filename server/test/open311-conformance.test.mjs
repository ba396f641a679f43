/**
 * Open311 GeoReport v2 conformance: a client walks the receiver as the spec describes it
 * (wiki.open311.org/GeoReport_v2 and /Service_Discovery), over HTTP against the real
 * receiver and its database: discovery, the service list, the service definition, a
 * request built from that definition (JSON and XML), its status (JSON and XML), and the
 * errors. XML is read with a real parser (fast-xml-parser), never with regular expressions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startReceiver } from './helpers.mjs';

/** Elements that are lists in GeoReport's XML, so the parser gives arrays even for one entry. */
const LISTS = new Set(['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format']);
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => LISTS.has(name) });
/** ISO 8601 with a timezone, as GeoReport requires for every date. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'];

/**
 * GET or POST and read the answer in the format asked, checking the content type and,
 * for XML, that the document is well-formed UTF-8 with its declaration.
 * @param {string} url
 * @param {RequestInit} [init]
 */
async function call(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (url.split('?')[0]?.endsWith('.xml')) {
    assert.equal(response.headers.get('content-type'), 'text/xml; charset=utf-8', url);
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), `${url}: the XML declaration`);
    assert.equal(XMLValidator.validate(text), true, `${url}: well-formed XML`);
    return { status: response.status, headers: response.headers, body: parser.parse(text) };
  }
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8', url);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

/** @param {string} url @param {Record<string, string>} fields */
const post = (url, fields) =>
  call(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** GeoReport errors from either format, as [{ code, description }] with numeric codes. */
function errorsOf(/** @type {{ body: any }} */ answer, /** @type {'json' | 'xml'} */ format) {
  const list = format === 'xml' ? answer.body.errors.error : answer.body;
  return list.map((/** @type {any} */ error) => ({ code: Number(error.code), description: String(error.description) }));
}

describe('Open311 GeoReport v2: a client walks the receiver', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {string} */
  let endpoint;
  /** @type {any[]} */
  let definition;
  /** @type {Record<'json' | 'xml', string>} */
  const posted = { json: '', xml: '' };

  before(async () => {
    ctx = await startReceiver({ open311Contact: 'Meldpunt eenzaamheid, Stad Mechelen' });
  });
  after(() => ctx.close());

  test('discovery (JSON and XML) points to this GeoReport v2 endpoint and its formats', async () => {
    const json = await call(`${ctx.base}/discovery.json`);
    assert.equal(json.status, 200);
    assert.match(json.body.changeset, ISO_WITH_ZONE);
    assert.equal(json.body.contact, 'Meldpunt eenzaamheid, Stad Mechelen');
    const [entry] = json.body.endpoints;
    assert.equal(entry.specification, 'http://wiki.open311.org/GeoReport_v2');
    assert.equal(entry.type, 'production');
    assert.deepEqual(entry.formats, ['text/xml', 'application/json']);
    endpoint = entry.url;
    assert.equal(endpoint, ctx.base);
    const xml = await call(`${ctx.base}/discovery.xml`);
    const xmlEntry = xml.body.discovery.endpoints.endpoint[0];
    assert.deepEqual([xmlEntry.specification, xmlEntry.url, xmlEntry.formats.format], [entry.specification, entry.url, entry.formats]);
  });

  test('GET services (JSON and XML): the loneliness service, with a definition to fetch', async () => {
    const json = await call(`${endpoint}/services.json`);
    assert.equal(json.status, 200);
    assert.equal(json.body.length, 1);
    const [service] = json.body;
    assert.deepEqual(
      { ...service, description: typeof service.description },
      {
        service_code: 'eenzaamheid',
        service_name: 'Meldpunt eenzaamheid',
        description: 'string',
        metadata: true,
        type: 'realtime',
        keywords: 'eenzaamheid, eenzaam, alleen, sociaal isolement, meldpunt',
        group: 'welzijn',
      },
    );
    const xml = await call(`${endpoint}/services.xml`);
    const [xmlService] = xml.body.services.service;
    assert.deepEqual(xmlService, { ...service, metadata: 'true' });
  });

  test('GET the service definition (JSON and XML): every attribute complete, lists with their keys', async () => {
    const json = await call(`${endpoint}/services/eenzaamheid.json`);
    assert.equal(json.status, 200);
    assert.equal(json.body.service_code, 'eenzaamheid');
    definition = json.body.attributes;
    assert.deepEqual(definition.map((/** @type {any} */ a) => a.order), definition.map((/** @type {any} */ _a, /** @type {number} */ i) => i + 1), 'orders 1..n');
    for (const attribute of definition) {
      assert.equal(typeof attribute.variable, 'boolean', attribute.code);
      assert.equal(typeof attribute.required, 'boolean', attribute.code);
      assert.ok(DATATYPES.includes(attribute.datatype), attribute.code);
      assert.ok(attribute.description.length > 10 && attribute.datatype_description.length > 3, attribute.code);
      if (attribute.datatype.endsWith('valuelist')) {
        assert.ok(attribute.values.length >= 2, attribute.code);
        for (const value of attribute.values) assert.deepEqual(Object.keys(value), ['key', 'name'], attribute.code);
      } else assert.equal(attribute.values, undefined, attribute.code);
    }
    assert.deepEqual(
      definition.filter((/** @type {any} */ a) => a.required).map((/** @type {any} */ a) => a.code),
      ['area', 'about'],
    );
    assert.deepEqual(
      definition.map((/** @type {any} */ a) => a.code),
      ['area', 'about', 'consent', 'age_group', 'relation', 'person_knows', 'contact_times', 'lang', 'partner', 'report_id', 'honeypot', 'fill_ms'],
    );
    const about = definition.find((/** @type {any} */ a) => a.code === 'about');
    assert.deepEqual(about.values.map((/** @type {any} */ v) => v.key), ['self', 'other']);

    const xml = await call(`${endpoint}/services/eenzaamheid.xml`);
    const xmlAttributes = xml.body.service_definition.attributes.attribute;
    assert.equal(xml.body.service_definition.service_code, 'eenzaamheid');
    assert.deepEqual(
      xmlAttributes.map((/** @type {any} */ a) => [a.code, a.datatype, a.required, a.order, a.values?.value.map((/** @type {any} */ v) => v.key) ?? null]),
      definition.map((/** @type {any} */ a) => [a.code, a.datatype, String(a.required), String(a.order), a.values?.map((/** @type {any} */ v) => v.key) ?? null]),
    );
  });

  for (const format of /** @type {const} */ (['json', 'xml'])) {
    test(`POST a request built from the definition (${format}): a service_request_id and a notice`, async () => {
      // What a generic client does: the required attributes, each from the definition
      // (the first key of a list; a neighbourhood for the free-text place), and a way back.
      /** @type {Record<string, string>} */
      const fields = { service_code: 'eenzaamheid', phone: '015 12 34 56', description: `Gemeld via ${format}.` };
      for (const attribute of definition.filter((/** @type {any} */ a) => a.required)) {
        fields[`attribute[${attribute.code}]`] = attribute.values ? attribute.values.find((/** @type {any} */ v) => v.key !== 'self')?.key : 'Heffen';
      }
      const answer = await post(`${endpoint}/requests.${format}`, fields);
      assert.equal(answer.status, 201);
      const [request] = format === 'xml' ? answer.body.service_requests.request : answer.body;
      assert.match(request.service_request_id, /^[A-Z2-9]{8}$/);
      assert.equal(request.service_notice, 'Binnen 24 uur neemt iemand contact op.');
      posted[format] = request.service_request_id;
    });
  }

  for (const format of /** @type {const} */ (['json', 'xml'])) {
    test(`GET the request's status (${format}): status and dates, nothing the client did not already know`, async () => {
      for (const id of [posted.json, posted.xml]) {
        const answer = await call(`${endpoint}/requests/${id}.${format}`);
        assert.equal(answer.status, 200);
        const [request] = format === 'xml' ? answer.body.service_requests.request : answer.body;
        assert.deepEqual(Object.keys(request).sort(), [
          'agency_responsible', 'requested_datetime', 'service_code', 'service_name', 'service_request_id', 'status', 'updated_datetime',
        ]);
        assert.equal(request.service_request_id, id);
        assert.equal(request.status, 'open');
        assert.equal(request.service_code, 'eenzaamheid');
        assert.match(request.requested_datetime, ISO_WITH_ZONE);
        assert.match(request.updated_datetime, ISO_WITH_ZONE);
      }
      const both = await call(`${endpoint}/requests.${format}?service_request_id=${posted.json},${posted.xml}`);
      const list = format === 'xml' ? both.body.service_requests.request : both.body;
      assert.deepEqual(list.map((/** @type {any} */ r) => r.service_request_id), [posted.json, posted.xml]);
    });
  }

  for (const format of /** @type {const} */ (['json', 'xml'])) {
    test(`errors in GeoReport's format (${format}): unknown service and request, a missing or precise place`, async () => {
      const unknownService = await call(`${endpoint}/services/potholes.${format}`);
      assert.equal(unknownService.status, 404);
      assert.deepEqual(errorsOf(unknownService, format), [{ code: 404, description: 'service_code not found: potholes' }]);
      const unknownRequest = await call(`${endpoint}/requests/ABCDEFGH.${format}`);
      assert.deepEqual([unknownRequest.status, errorsOf(unknownRequest, format)], [404, [{ code: 404, description: 'service_request_id not found' }]]);
      const noPlace = await post(`${endpoint}/requests.${format}`, { service_code: 'eenzaamheid', 'attribute[about]': 'other', phone: '015 12 34 56' });
      assert.deepEqual([noPlace.status, errorsOf(noPlace, format)], [400, [{ code: 400, description: 'attribute[area] is required: the neighbourhood or postcode (address_string is read too)' }]]);
      const precise = await post(`${endpoint}/requests.${format}`, {
        service_code: 'eenzaamheid',
        'attribute[about]': 'other',
        phone: '015 12 34 56',
        address_string: 'Bruul 12, 2800 Mechelen',
        lat: '51.0280',
        long: '4.4800',
      });
      assert.equal(precise.status, 400);
      assert.deepEqual(errorsOf(precise, format).map((error) => error.description), [
        'lat: a loneliness report never carries a precise place; give the neighbourhood or postcode as attribute[area]',
        'long: a loneliness report never carries a precise place; give the neighbourhood or postcode as attribute[area]',
        'address_string: a loneliness report never carries a precise place; give a neighbourhood or a postcode, never a street address',
      ]);
      const noService = await post(`${endpoint}/requests.${format}`, { 'attribute[area]': 'Heffen', 'attribute[about]': 'other', phone: '015 12 34 56' });
      assert.deepEqual(errorsOf(noService, format), [{ code: 400, description: 'service_code is required' }]);
    });
  }

  test('a hostile value in an error stays text in XML (parsed back exactly)', async () => {
    const hostile = `a<b>&"c'</x>]]>`;
    const answer = await call(`${endpoint}/services/${encodeURIComponent(hostile)}.xml`);
    assert.equal(answer.status, 404);
    assert.deepEqual(errorsOf(answer, 'xml'), [{ code: 404, description: `service_code not found: ${hostile}` }]);
  });
});
