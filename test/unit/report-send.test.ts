/**
 * One attempt to send (src/report/send.ts) with a fetch the test answers: the Request
 * the widget builds (each member, the body in both formats) and how every kind of
 * answer is read. What Chromium does with that Request (no cookie, CORS) is tested in
 * test/browser/report-wire.test.ts and test/e2e/report.test.mjs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { sendReport, toOpen311Body, type SendOptions } from '../../src/report/send.js';
import { backoffDelay, parseRetryAfter } from '../../src/report/retry-schedule.js';

const report: Report = {
  schemaVersion: 1,
  id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21',
  about: 'other',
  relation: 'neighbour',
  personKnows: 'no',
  ageGroup: '65-plus',
  area: 'Nekkerspoel',
  situation: 'Komt niet meer buiten.',
  contactMethod: 'phone',
  phone: '0470 12 34 56',
  email: 'an@example.org',
  name: 'An',
  contactTimes: 'na 18 uur',
  consent: true,
  partner: 'samana',
  lang: 'nl',
  page: 'https://partner.example/hulp',
  honeypot: '',
  fillMs: 42_000,
  createdAt: '2026-12-01T10:00:00.000Z',
};

const json: SendOptions = { endpoint: 'https://meldpunt.example/reports', format: 'json', timeoutMs: 5000 };
const open311: SendOptions = { endpoint: 'https://open311.example/v2//', format: 'open311', serviceCode: 'eenzaamheid', timeoutMs: 5000 };

/** Answers every fetch with `answer()` and keeps the Requests it got. */
function answerWith(answer: (request: Request) => Response | Promise<Response>): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request, init?: unknown) => {
    expect(init, 'fetch gets the Request alone').to.equal(undefined);
    requests.push(request);
    return answer(request);
  });
  return requests;
}

const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the request', () => {
  it('JSON: one POST of the report to the endpoint, its id as Idempotency-Key, no credentials, no referrer, no cache', async () => {
    const requests = answerWith(() => jsonAnswer(201, { reference: 'ABCD2345' }));
    await sendReport(report, json);
    expect(requests).to.have.length(1);
    const request = requests[0]!;
    expect(request.method).to.equal('POST');
    expect(request.url).to.equal('https://meldpunt.example/reports');
    expect([...request.headers]).to.deep.equal([
      ['accept', 'application/json'],
      ['content-type', 'application/json'],
      ['idempotency-key', report.id],
    ]);
    expect(await request.text()).to.equal(JSON.stringify(report));
    expect(request.credentials).to.equal('omit');
    expect(request.mode).to.equal('cors');
    expect(request.cache).to.equal('no-store');
    expect(request.redirect).to.equal('follow');
    expect(request.referrer).to.equal('');
    expect(request.referrerPolicy).to.equal('strict-origin');
    expect(request.integrity).to.equal('');
    expect(request.keepalive).to.equal(false);
  });

  it('Open311: a CORS-simple form POST to {endpoint}/requests.json with every field: its own Content-Type, no other header', async () => {
    const requests = answerWith(() => jsonAnswer(201, [{ service_request_id: 'ABCD2345' }]));
    await sendReport(report, open311);
    const request = requests[0]!;
    expect(request.url).to.equal('https://open311.example/v2/requests.json');
    expect([...request.headers]).to.deep.equal([['content-type', 'application/x-www-form-urlencoded;charset=UTF-8']]);
    expect(request.credentials).to.equal('omit');
    expect([...new URLSearchParams(await request.text())]).to.deep.equal([...toOpen311Body(report, 'eenzaamheid')]);
  });

  it('Open311 with an api key: sent as api_key, first, still no header', async () => {
    const requests = answerWith(() => jsonAnswer(201, [{ service_request_id: 'ABCD2345' }]));
    await sendReport(report, { ...open311, apiKey: 'partner-key-1' });
    const request = requests[0]!;
    expect([...request.headers].map(([name]) => name)).to.deep.equal(['content-type']);
    const fields = [...new URLSearchParams(await request.text())];
    expect(fields[0]).to.deep.equal(['api_key', 'partner-key-1']);
    expect(fields.slice(1)).to.deep.equal([...toOpen311Body(report, 'eenzaamheid')]);
  });

  it('Open311 fields: every answer, in GeoReport names and service attributes', () => {
    expect([...toOpen311Body(report, 'eenzaamheid')]).to.deep.equal([
      ['service_code', 'eenzaamheid'],
      ['description', 'about=other\nrelation=neighbour\nperson_knows=no\nage_group=65-plus\ncontact_times=na 18 uur\nKomt niet meer buiten.'],
      ['address_string', 'Nekkerspoel'],
      ['email', 'an@example.org'],
      ['phone', '0470 12 34 56'],
      ['first_name', 'An'],
      ['attribute[report_id]', '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21'],
      ['attribute[area]', 'Nekkerspoel'],
      ['attribute[about]', 'other'],
      ['attribute[consent]', 'true'],
      ['attribute[age_group]', '65-plus'],
      ['attribute[relation]', 'neighbour'],
      ['attribute[person_knows]', 'no'],
      ['attribute[contact_times]', 'na 18 uur'],
      ['attribute[partner]', 'samana'],
      ['attribute[lang]', 'nl'],
      ['attribute[honeypot]', ''],
      ['attribute[fill_ms]', '42000'],
    ]);
  });

  it('Open311 fields of a short report: no empty lines or fields, the honeypot still there', () => {
    const short: Report = { schemaVersion: 1, id: report.id, about: 'self', ageGroup: 'unknown', area: '2800', contactMethod: 'email', email: 'an@example.org', consent: true, lang: 'fr', createdAt: report.createdAt };
    expect([...toOpen311Body(short, 'x')]).to.deep.equal([
      ['service_code', 'x'],
      ['description', 'about=self\nage_group=unknown'],
      ['address_string', '2800'],
      ['email', 'an@example.org'],
      ['attribute[report_id]', '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21'],
      ['attribute[area]', '2800'],
      ['attribute[about]', 'self'],
      ['attribute[consent]', 'true'],
      ['attribute[age_group]', 'unknown'],
      ['attribute[lang]', 'fr'],
      ['attribute[honeypot]', ''],
    ]);
    expect(toOpen311Body({ ...short, honeypot: 'spam' }, 'x').get('attribute[honeypot]')).to.equal('spam');
  });

  it('a JSON endpoint is used as it is, trailing slash and all', async () => {
    const requests = answerWith(() => new Response(null, { status: 204 }));
    await sendReport(report, { ...json, endpoint: 'https://meldpunt.example/reports/' });
    expect(requests[0]!.url).to.equal('https://meldpunt.example/reports/');
  });
});

describe('reading the answer', () => {
  it('201 with a JSON reference: sent, with that reference', async () => {
    answerWith(() => jsonAnswer(201, { reference: 'ABCD2345' }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: true, reference: 'ABCD2345' });
  });

  it('2xx with an empty body: sent, without a reference', async () => {
    answerWith(() => new Response('  \n', { status: 202, headers: { 'content-type': 'text/html' } }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: true, reference: undefined });
  });

  it('a reference that is not a string is no reference', async () => {
    answerWith(() => jsonAnswer(201, { reference: 1234 }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: true, reference: undefined });
    answerWith(() => jsonAnswer(201, null));
    expect(await sendReport(report, json)).to.deep.equal({ ok: true, reference: undefined });
  });

  it('a 200 HTML page (a captive portal) is not a success, nor worth trying again', async () => {
    answerWith(() => new Response('<html>Log in to the wifi</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'invalid-response', status: 200, transient: false });
  });

  it('a 200 whose JSON does not parse is not a success', async () => {
    answerWith(() => new Response('{"reference":', { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'invalid-response', status: 200, transient: false });
  });

  it('Open311: the first service request id and notice', async () => {
    answerWith(() => jsonAnswer(201, [{ service_request_id: 'ABCD2345', service_notice: 'Binnen 24 uur.' }, { service_request_id: 'OTHER' }]));
    expect(await sendReport(report, open311)).to.deep.equal({ ok: true, reference: 'ABCD2345', notice: 'Binnen 24 uur.' });
    answerWith(() => jsonAnswer(201, { service_request_id: 'NOT-A-LIST' }));
    expect(await sendReport(report, open311)).to.deep.equal({ ok: true, reference: undefined, notice: undefined });
    answerWith(() => jsonAnswer(201, [{ service_request_id: 5, service_notice: 6 }]));
    expect(await sendReport(report, open311)).to.deep.equal({ ok: true, reference: undefined, notice: undefined });
  });

  it('400 and 422: refused, with the field errors that name a field', async () => {
    for (const status of [400, 422]) {
      answerWith(() =>
        jsonAnswer(status, { errors: [{ field: 'area', code: 'invalid' }, { field: 'phone', code: 7 }, { code: 'x' }, null, 'area'] }),
      );
      expect(await sendReport(report, json)).to.deep.equal({
        ok: false,
        reason: 'rejected',
        status,
        transient: false,
        fieldErrors: [
          { field: 'area', code: 'invalid' },
          { field: 'phone', code: undefined },
        ],
      });
    }
  });

  it('Open311: the reference receiver\'s GeoReport errors land on their fields; other descriptions on none', async () => {
    answerWith(() =>
      jsonAnswer(400, [
        { code: 400, description: 'attribute[area]: a loneliness report never carries a precise place; give a neighbourhood or a postcode, never a street address' },
        { code: 400, description: 'email or phone is required: the meldpunt calls or mails the person back' },
        { code: 400, description: 'attribute[consent] must be true for a report about oneself (about=self)' },
        { code: 400, description: 'constructor is not a field' },
        { code: 400, description: 'Pothole size is missing' },
        { code: 400 },
        null,
      ]),
    );
    expect(await sendReport(report, open311)).to.deep.equal({
      ok: false,
      reason: 'rejected',
      status: 400,
      transient: false,
      fieldErrors: [
        { field: 'area', code: 'invalid' },
        { field: 'email', code: 'required' },
        { field: 'consent', code: 'invalid' },
      ],
    });
  });

  it('400 without readable field errors: refused, with none', async () => {
    for (const body of ['not json', JSON.stringify({ errors: 'area' }), JSON.stringify(null)]) {
      answerWith(() => new Response(body, { status: 400 }));
      expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'rejected', status: 400, transient: false, fieldErrors: [] });
    }
  });

  it('429: rate limited, with the Retry-After to honour', async () => {
    answerWith(() => new Response('', { status: 429, headers: { 'retry-after': '7' } }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'rate-limited', status: 429, transient: true, retryAfterMs: 7000 });
  });

  it('408: a timeout worth trying again', async () => {
    answerWith(() => new Response('', { status: 408 }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'timeout', status: 408, transient: true, retryAfterMs: undefined });
  });

  it('409, 425, 500, 502, 503, 504: the server, worth trying again (with its Retry-After)', async () => {
    for (const status of [409, 425, 500, 502, 503, 504]) {
      answerWith(() => new Response('', { status, headers: { 'retry-after': '2' } }));
      expect(await sendReport(report, json), String(status)).to.deep.equal({ ok: false, reason: 'server', status, transient: true, retryAfterMs: 2000 });
    }
  });

  it('other statuses are lasting: 401, 403, 404, 413 refused; 501, 505 a server that will not change its mind', async () => {
    for (const [status, reason] of [
      [401, 'rejected'],
      [403, 'rejected'],
      [404, 'rejected'],
      [413, 'rejected'],
      [501, 'server'],
      [505, 'server'],
    ] as const) {
      answerWith(() => new Response('', { status }));
      expect(await sendReport(report, json), String(status)).to.deep.equal({ ok: false, reason, status, transient: false, retryAfterMs: undefined });
    }
  });
});

describe('reading the answer: what counts as JSON', () => {
  it('a 2xx body that is not declared JSON is not a success, even when it parses', async () => {
    answerWith(() => new Response('{"reference":"ABCD2345"}', { status: 200, headers: { 'content-type': 'text/plain' } }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'invalid-response', status: 200, transient: false });
    answerWith(() => new Response(new TextEncoder().encode('{"reference":"ABCD2345"}'), { status: 200 }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'invalid-response', status: 200, transient: false });
  });

  it('Open311 fields of a report by phone alone: no e-mail field', () => {
    const byPhone: Report = { ...report, email: undefined, contactMethod: 'phone' };
    expect(toOpen311Body(byPhone, 'x').has('email')).to.equal(false);
    expect(toOpen311Body(byPhone, 'x').get('phone')).to.equal('0470 12 34 56');
  });
});

describe('when there is no answer', () => {
  it('a network error is worth trying again', async () => {
    answerWith(() => Promise.reject(new TypeError('fetch failed')));
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'network', transient: true });
  });

  it('offline: not even tried', async () => {
    const requests = answerWith(() => jsonAnswer(201, {}));
    vi.stubGlobal('navigator', { onLine: false });
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'offline', transient: true });
    expect(requests).to.have.length(0);
  });

  it('online, it sends', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const requests = answerWith(() => jsonAnswer(201, { reference: 'ABCD2345' }));
    expect(await sendReport(report, json)).to.deep.equal({ ok: true, reference: 'ABCD2345' });
    expect(requests).to.have.length(1);
  });

  it('a network error while the browser went offline says offline', async () => {
    const onLine = { onLine: true };
    vi.stubGlobal('navigator', onLine);
    answerWith(() => {
      onLine.onLine = false;
      return Promise.reject(new TypeError('fetch failed'));
    });
    expect(await sendReport(report, json)).to.deep.equal({ ok: false, reason: 'offline', transient: true });
  });

  it('no answer within the attempt timeout: a timeout worth trying again, the request aborted', async () => {
    const signals: AbortSignal[] = [];
    answerWith(
      (request) =>
        new Promise((_, reject) => {
          signals.push(request.signal);
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    expect(await sendReport(report, { ...json, timeoutMs: 20 })).to.deep.equal({ ok: false, reason: 'timeout', transient: true });
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('stopped by its caller: the abort goes to the request and is thrown, not taken for a failure', async () => {
    answerWith(
      (request) =>
        new Promise((_, reject) => {
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const stop = new AbortController();
    const sending = sendReport(report, { ...json, signal: stop.signal });
    stop.abort();
    await expect(sending).rejects.toThrow('aborted');
  });

  it('an answer in time leaves no timer behind: nothing aborts the request afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const signals: AbortSignal[] = [];
      answerWith((request) => {
        signals.push(request.signal);
        return jsonAnswer(201, { reference: 'ABCD2345' });
      });
      const stop = new AbortController();
      expect(await sendReport(report, { ...json, signal: stop.signal, timeoutMs: 20 })).to.deep.equal({ ok: true, reference: 'ABCD2345' });
      expect(vi.getTimerCount()).to.equal(0);
      vi.advanceTimersByTime(1000);
      stop.abort();
      expect(signals[0]!.aborted).to.equal(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the retry schedule', () => {
  const schedule = { firstDelayMs: 1000, factor: 2, maxDelayMs: 20_000, patienceMs: 120_000, maxRetryAfterMs: 60_000, attemptTimeoutMs: 10_000 };

  it('doubles from the first delay up to the ceiling, with half of each wait random', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(schedule, n, () => 1))).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 20_000, 20_000]);
    expect([1, 2, 6].map((n) => backoffDelay(schedule, n, () => 0))).to.deep.equal([500, 1000, 10_000]);
    expect(backoffDelay(schedule, 3, () => 0.25)).to.equal(2500);
    expect(backoffDelay(schedule, 0, () => 1)).to.equal(1000);
  });

  it('reads Retry-After as seconds or an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter(' 3 ', now)).to.equal(3000);
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter('30', now)).to.equal(30_000);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:07 GMT', now)).to.equal(7000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).to.equal(0);
    for (const unreadable of ['', '  ', '1.5', '-1', '3s', 'soon', null, undefined]) {
      expect(parseRetryAfter(unreadable, now), String(unreadable)).to.equal(undefined);
    }
  });
});
