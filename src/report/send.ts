import ky, { HTTPError, TimeoutError, type Options } from 'ky';
import type { Report } from './schema.js';

/**
 * Sends a report to the meldpunt's endpoint. The report's `id` is the
 * Idempotency-Key on every attempt, so a retry after a lost answer never makes a
 * second report. Retries with backoff on network errors, timeouts, 408, 429 and
 * 5xx (Retry-After honoured); never on other 4xx. Success is a 2xx whose body is
 * empty or JSON: a 200 HTML page (a captive portal's login) is not a success.
 */

export const ATTEMPT_TIMEOUT_MS = 10_000;
export const TOTAL_TIMEOUT_MS = 45_000;
export const RETRY_LIMIT = 3;

export type SendFailureReason = 'offline' | 'network' | 'timeout' | 'server' | 'rejected' | 'invalid-response' | 'rate-limited';

export type SendResult =
  | { ok: true; reference: string | undefined; notice?: string | undefined }
  | { ok: false; reason: SendFailureReason; status?: number; fieldErrors?: FieldError[] };

export interface FieldError {
  field: string;
  code?: string | undefined;
}

export interface SendOptions {
  endpoint: string;
  format: 'json' | 'open311';
  serviceCode?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Called before each retry, so the form can say "trying again". */
  onRetry?: ((attempt: number) => void) | undefined;
  /** Tests shorten the waits. */
  timing?: { attemptMs?: number; totalMs?: number; backoffLimitMs?: number } | undefined;
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
  if (!response.ok) return { ok: false, reason: response.status >= 500 ? 'server' : 'rejected', status: response.status };
  const text = await response.text();
  if (text.trim() === '') return { ok: true, reference: undefined };
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) return { ok: false, reason: 'invalid-response', status: response.status };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid-response', status: response.status };
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
  const timing = options.timing ?? {};
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
    timeout: timing.attemptMs ?? ATTEMPT_TIMEOUT_MS,
    totalTimeout: timing.totalMs ?? TOTAL_TIMEOUT_MS,
    fetch: (request: Request | URL | string) => globalThis.fetch(request),
    retry: {
      limit: RETRY_LIMIT,
      methods: ['post'],
      // 409: the receiver is still handling the first attempt with this key; wait and ask again.
      statusCodes: [408, 409, 429, 500, 502, 503, 504],
      afterStatusCodes: [408, 409, 429, 503],
      maxRetryAfter: 10_000,
      backoffLimit: timing.backoffLimitMs ?? 4_000,
      delay: (attempt: number) => 0.3 * 2 ** (attempt - 1) * 1000,
      retryOnTimeout: true,
      jitter: true,
      shouldRetry: undefined,
    },
    hooks: {
      init: [],
      beforeRequest: [],
      beforeRetry: [({ retryCount }) => options.onRetry?.(retryCount)],
      beforeError: [],
      afterResponse: [],
    },
  } as Options;
}

export async function sendReport(report: Report, options: SendOptions): Promise<SendResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, reason: 'offline' };
  const body = options.format === 'open311' ? { body: toOpen311Body(report, options.serviceCode ?? '') } : { json: report };
  let response: Response;
  try {
    response = await ky.post(endpointUrl(options), kyOptions(report, options, body));
  } catch (error) {
    if (error instanceof HTTPError) {
      const status = error.response.status;
      if (status === 400 || status === 422) {
        return { ok: false, reason: 'rejected', status, fieldErrors: fieldErrorsFrom(error.data) };
      }
      if (status === 429) return { ok: false, reason: 'rate-limited', status };
      return { ok: false, reason: status >= 500 || status === 408 ? 'server' : 'rejected', status };
    }
    if (error instanceof TimeoutError) return { ok: false, reason: 'timeout' };
    if (options.signal?.aborted) throw error;
    return { ok: false, reason: typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'network' };
  }
  return readSuccess(response, options.format);
}
