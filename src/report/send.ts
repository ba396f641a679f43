import { DEFAULT_RETRY_SCHEDULE, parseRetryAfter } from './retry-schedule.js';
import type { Report } from './schema.js';

/**
 * One attempt to send a report to the meldpunt's endpoint: a plain `fetch` with a
 * timeout. The report's `id` is the Idempotency-Key (JSON), or the `attribute[report_id]`
 * (Open311, whose request stays CORS-simple: a form body and no custom header, so a
 * third-party Open311 server gets no preflight), so a later attempt after a lost answer
 * never makes a second report. Trying again is the caller's job (the form's
 * delivery, with its schedule), so every wait can be shown to the resident; that left
 * nothing for a request library to do. Success is a 2xx whose body is empty or JSON: a
 * 200 HTML page (a captive portal's login) is not.
 */

export type SendFailureReason = 'offline' | 'network' | 'timeout' | 'server' | 'rejected' | 'invalid-response' | 'rate-limited';

export type SendFailure = {
  ok: false;
  reason: SendFailureReason;
  status?: number;
  fieldErrors?: FieldError[];
  /** Worth trying again by itself: no answer, a timeout, 408, 409 (the first attempt is still being handled), 425, 429, 500, 502, 503, 504. */
  transient: boolean;
  /** The receiver's Retry-After, in ms. */
  retryAfterMs?: number | undefined;
};

export type SendResult = { ok: true; reference: string | undefined; notice?: string | undefined } | SendFailure;

/** Statuses a later attempt may get past. */
const TRANSIENT_STATUSES = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

export interface FieldError {
  field: string;
  code?: string | undefined;
}

export interface SendOptions {
  endpoint: string;
  format: 'json' | 'open311';
  serviceCode?: string | undefined;
  /** Open311: sent as `api_key` when the receiver asks one. */
  apiKey?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Give up this attempt after this long without an answer. */
  timeoutMs?: number | undefined;
}

/** Open311 GeoReport v2 form fields for a report (the attributes of the reference receiver's service definition). */
export function toOpen311Body(report: Report, serviceCode: string, apiKey?: string): URLSearchParams {
  const body = new URLSearchParams();
  if (apiKey) body.set('api_key', apiKey);
  body.set('service_code', serviceCode);
  const description = [
    `about=${report.about}`,
    report.relation ? `relation=${report.relation}` : '',
    report.personKnows ? `person_knows=${report.personKnows}` : '',
    `age_group=${report.ageGroup}`,
    report.contactTimes ? `contact_times=${report.contactTimes}` : '',
    report.situation ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  body.set('description', description);
  body.set('address_string', report.area);
  if (report.email) body.set('email', report.email);
  if (report.phone) body.set('phone', report.phone);
  if (report.name) body.set('first_name', report.name);
  // Service attributes (GeoReport's attribute[code]): what the JSON report says about who,
  // where, the report's id (the receiver's idempotency key: a retry is the same report),
  // and the spam signals (the honeypot always, empty as people leave it).
  body.set('attribute[report_id]', report.id);
  body.set('attribute[area]', report.area);
  body.set('attribute[about]', report.about);
  body.set('attribute[consent]', String(report.consent));
  body.set('attribute[age_group]', report.ageGroup);
  if (report.relation) body.set('attribute[relation]', report.relation);
  if (report.personKnows) body.set('attribute[person_knows]', report.personKnows);
  if (report.contactTimes) body.set('attribute[contact_times]', report.contactTimes);
  if (report.partner) body.set('attribute[partner]', report.partner);
  body.set('attribute[lang]', report.lang);
  body.set('attribute[honeypot]', report.honeypot ?? '');
  if (report.fillMs !== undefined) body.set('attribute[fill_ms]', String(report.fillMs));
  return body;
}

function endpointUrl(options: SendOptions): string {
  if (options.format !== 'open311') return options.endpoint;
  return `${options.endpoint.replace(/\/+$/, '')}/requests.json`;
}

async function readSuccess(response: Response, format: SendOptions['format']): Promise<SendResult> {
  const text = await response.text();
  if (text.trim() === '') return { ok: true, reference: undefined };
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) return { ok: false, reason: 'invalid-response', status: response.status, transient: false };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid-response', status: response.status, transient: false };
  }
  if (format === 'open311') {
    const first = Array.isArray(body) ? (body[0] as Record<string, unknown> | undefined) : undefined;
    const id = first && typeof first.service_request_id === 'string' ? first.service_request_id : undefined;
    const notice = first && typeof first.service_notice === 'string' ? first.service_notice : undefined;
    return { ok: true, reference: id, notice };
  }
  const reference = body && typeof body === 'object' && typeof (body as { reference?: unknown }).reference === 'string'
    ? (body as { reference: string }).reference
    : undefined;
  return { ok: true, reference };
}

/**
 * Open311: the reference receiver's GeoReport errors name their field first
 * ("attribute[area]: …", "email is not …"); other servers' descriptions map to nothing.
 */
const OPEN311_FIELDS: Record<string, string> = {
  'attribute[area]': 'area',
  address_string: 'area',
  lat: 'area',
  long: 'area',
  'attribute[about]': 'about',
  'attribute[consent]': 'consent',
  'attribute[age_group]': 'ageGroup',
  'attribute[relation]': 'relation',
  'attribute[person_knows]': 'personKnows',
  'attribute[contact_times]': 'contactTimes',
  email: 'email',
  phone: 'phone',
  first_name: 'name',
  description: 'situation',
};

function georeportFieldErrors(list: unknown[]): FieldError[] {
  return list.flatMap((entry) => {
    const description = (entry as { description?: unknown } | null)?.description;
    if (typeof description !== 'string') return [];
    const name = description.split(/[: ]/, 1)[0]!;
    if (!Object.hasOwn(OPEN311_FIELDS, name)) return [];
    return [{ field: OPEN311_FIELDS[name]!, code: description.includes(' is required') ? 'required' : 'invalid' }];
  });
}

/** 400/422 bodies: `{ errors: [{ field, code }] }`, or GeoReport's `[{ code, description }]`. */
async function fieldErrorsFrom(response: Response): Promise<FieldError[]> {
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    return [];
  }
  if (Array.isArray(data)) return georeportFieldErrors(data);
  const errors = data && typeof data === 'object' ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { field: string; code?: unknown } => Boolean(e) && typeof (e as { field?: unknown }).field === 'string')
    .map((e) => ({ field: e.field, code: typeof e.code === 'string' ? e.code : undefined }));
}

/** A non-2xx answer: field errors, rate limiting, a transient or a lasting refusal. */
async function failureFor(response: Response): Promise<SendFailure> {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  const transient = TRANSIENT_STATUSES.has(status);
  if (status === 400 || status === 422) return { ok: false, reason: 'rejected', status, fieldErrors: await fieldErrorsFrom(response), transient };
  if (status === 429) return { ok: false, reason: 'rate-limited', status, transient, retryAfterMs };
  if (status === 408) return { ok: false, reason: 'timeout', status, transient, retryAfterMs };
  return { ok: false, reason: status >= 500 || transient ? 'server' : 'rejected', status, transient, retryAfterMs };
}

/**
 * The request, with every member of its init as an own property. A page (or a script on
 * it) may have put properties on Object.prototype, and fetch reads its init as a WebIDL
 * dictionary, inherited members included: `credentials`, `headers`, `method`, `body` or
 * `mode` would otherwise change the request. The URL is the endpoint's, never a base.
 */
function requestFor(report: Report, options: SendOptions, signal: AbortSignal): Request {
  const headers = new Headers();
  let body: string | URLSearchParams;
  if (options.format === 'open311') {
    // A CORS-simple request: the form body's own Content-Type and no other header.
    body = toOpen311Body(report, options.serviceCode ?? '', options.apiKey);
  } else {
    headers.set('Idempotency-Key', report.id);
    headers.set('accept', 'application/json');
    headers.set('content-type', 'application/json');
    body = JSON.stringify(report);
  }
  return new Request(endpointUrl(options), {
    method: 'POST',
    headers,
    body,
    mode: 'cors',
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    referrer: '',
    referrerPolicy: 'strict-origin',
    integrity: '',
    keepalive: false,
    signal,
    window: null,
  });
}

const offline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

export async function sendReport(report: Report, options: SendOptions): Promise<SendResult> {
  if (offline()) return { ok: false, reason: 'offline', transient: true };
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  options.signal?.addEventListener('abort', stop);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, options.timeoutMs ?? DEFAULT_RETRY_SCHEDULE.attemptTimeoutMs);
  try {
    // The Request alone: a second, possibly inherited, init could change it again.
    const response = await globalThis.fetch(requestFor(report, options, abort.signal));
    return response.ok ? await readSuccess(response, options.format) : await failureFor(response);
  } catch (error) {
    if (timedOut) return { ok: false, reason: 'timeout', transient: true };
    if (options.signal?.aborted) throw error;
    return offline() ? { ok: false, reason: 'offline', transient: true } : { ok: false, reason: 'network', transient: true };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}
