import ky, { HTTPError, TimeoutError, type Options } from 'ky';
import { DEFAULT_RETRY_SCHEDULE, parseRetryAfter } from './retry-schedule.js';
import type { Report } from './schema.js';

/**
 * One attempt to send a report to the meldpunt's endpoint. The report's `id` is the
 * Idempotency-Key, so a later attempt after a lost answer never makes a second
 * report. Trying again is the caller's job (the form's delivery, with its schedule),
 * so every wait can be shown to the resident: ky's own retry is off. Success is a 2xx
 * whose body is empty or JSON: a 200 HTML page (a captive portal's login) is not.
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
  signal?: AbortSignal | undefined;
  /** Give up this attempt after this long without an answer. */
  timeoutMs?: number | undefined;
}

/** Open311 GeoReport v2 form fields for a report. */
export function toOpen311Body(report: Report, serviceCode: string): URLSearchParams {
  const body = new URLSearchParams();
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
  return body;
}

function endpointUrl(options: SendOptions): string {
  if (options.format !== 'open311') return options.endpoint;
  return `${options.endpoint.replace(/\/+$/, '')}/requests.json`;
}

async function readSuccess(response: Response, format: SendOptions['format']): Promise<SendResult> {
  if (!response.ok) return failureFor(response);
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

/** 400/422 bodies: `{ errors: [{ field, code }] }`. ky 2 has already parsed the body into `error.data`. */
function fieldErrorsFrom(data: unknown): FieldError[] {
  const errors = data && typeof data === 'object' ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { field: string; code?: unknown } => Boolean(e) && typeof (e as { field?: unknown }).field === 'string')
    .map((e) => ({ field: e.field, code: typeof e.code === 'string' ? e.code : undefined }));
}

/**
 * Every option ky and the Request read, set as the object's own property. A page
 * (or a script on it) may have put properties on Object.prototype; ky builds its
 * options with object spreads and fetch reads its init as a WebIDL dictionary, and
 * both would otherwise pick up inherited values: `prefix` would send the report to
 * another site, `credentials`, `headers`, `method` or `body` would change the request.
 * ky's own fetch call passes a second, inherited init: `fetch` below sends the
 * Request alone.
 */
function kyOptions(report: Report, options: SendOptions, body: { json?: Report; body?: URLSearchParams }): Options {
  const timeout = options.timeoutMs ?? DEFAULT_RETRY_SCHEDULE.attemptTimeoutMs;
  return {
    method: 'post',
    json: body.json,
    body: body.body,
    headers: { 'Idempotency-Key': report.id, accept: 'application/json' },
    mode: 'cors',
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    referrer: '',
    referrerPolicy: 'strict-origin',
    integrity: '',
    keepalive: false,
    window: null,
    signal: options.signal,
    prefix: '',
    baseUrl: undefined,
    searchParams: undefined,
    parseJson: undefined,
    stringifyJson: undefined,
    onDownloadProgress: undefined,
    onUploadProgress: undefined,
    context: {},
    throwHttpErrors: true,
    timeout,
    totalTimeout: timeout,
    fetch: (request: Request | URL | string) => globalThis.fetch(request),
    // One attempt: the form's delivery decides when to try again, so the resident sees each wait.
    retry: {
      limit: 0,
      methods: ['post'],
      statusCodes: [],
      afterStatusCodes: [],
      maxRetryAfter: 0,
      backoffLimit: 0,
      delay: () => 0,
      retryOnTimeout: false,
      jitter: false,
      shouldRetry: undefined,
    },
    hooks: {
      init: [],
      beforeRequest: [],
      beforeRetry: [],
      beforeError: [],
      afterResponse: [],
    },
  } as Options;
}

/** A non-2xx answer: field errors, rate limiting, a transient or a lasting refusal. */
function failureFor(response: Response, data?: unknown): SendFailure {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  const transient = TRANSIENT_STATUSES.has(status);
  if (status === 400 || status === 422) return { ok: false, reason: 'rejected', status, fieldErrors: fieldErrorsFrom(data), transient };
  if (status === 429) return { ok: false, reason: 'rate-limited', status, transient, retryAfterMs };
  if (status === 408) return { ok: false, reason: 'timeout', status, transient, retryAfterMs };
  return { ok: false, reason: status >= 500 || transient ? 'server' : 'rejected', status, transient, retryAfterMs };
}

const offline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

export async function sendReport(report: Report, options: SendOptions): Promise<SendResult> {
  if (offline()) return { ok: false, reason: 'offline', transient: true };
  const body = options.format === 'open311' ? { body: toOpen311Body(report, options.serviceCode ?? '') } : { json: report };
  let response: Response;
  try {
    response = await ky.post(endpointUrl(options), kyOptions(report, options, body));
  } catch (error) {
    if (error instanceof HTTPError) return failureFor(error.response, error.data);
    if (error instanceof TimeoutError) return { ok: false, reason: 'timeout', transient: true };
    if (options.signal?.aborted) throw error;
    return offline() ? { ok: false, reason: 'offline', transient: true } : { ok: false, reason: 'network', transient: true };
  }
  return readSuccess(response, options.format);
}
