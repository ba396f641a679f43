import { randomUUID } from 'node:crypto';
import { fingerprint } from '../intake/fingerprint.mjs';
import { isValidKey, withIdempotency } from '../intake/idempotency.mjs';
import { randomReference } from '../intake/reference.mjs';
import { spamVerdict } from '../intake/spam.mjs';
import { brusselsMonth } from '../reach/month.mjs';
import { apiKeyProblem, jurisdictionProblem } from './access.mjs';
import { ATTRIBUTES, STANDARD, VOLATILE, attribute } from './fields.mjs';
import { validateOpen311 } from './validate.mjs';

/**
 * POST /requests.json|.xml: an Open311 GeoReport v2 "POST Service Request", so a city
 * that already runs an Open311 client can send reports here. It holds the JSON intake's
 * rules (see ../intake/report.mjs): the same field checks, honeypot and fill time, and
 * the same idempotency. The key is the report's id, `attribute[report_id]` (the widget
 * sends it so a retry needs no custom header and no CORS preflight; an `Idempotency-Key`
 * header is read too, and must then agree): same id and same fields, the first answer
 * replayed; same id and other fields, 422. A retry *without* an id is recognised by its
 * content for `duplicateWindowMs` and answered with the first reference instead of being
 * stored twice. Answers are JSON values (the route writes them as JSON or XML); errors use
 * the GeoReport shape: an array of `{ code, description }`.
 */

/**
 * The notice the widget shows under "Bericht van het meldpunt", in the report's language
 * (the widget sends `attribute[lang]`; Dutch when it is missing or unknown).
 */
export const SERVICE_NOTICES = Object.freeze({
  nl: 'Binnen 24 uur neemt iemand contact op.',
  fr: 'Une personne prend contact dans les 24\u202fheures.',
  en: 'Someone will get in touch within 24 hours.',
});
export const MAX_FIELDS = 40;
export const FIELD_MAX = 2000;
/** How long a keyless retry with the same content is recognised. */
export const DEFAULT_DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/** @param {number} status @param {string[]} descriptions */
const errors = (status, descriptions) => ({
  status,
  body: JSON.stringify(descriptions.map((description) => ({ code: status, description }))),
});

/** @param {string} reference @param {'nl' | 'fr' | 'en'} lang */
const accepted = (reference, lang) => ({
  status: 201,
  body: JSON.stringify([{ service_request_id: reference, service_notice: SERVICE_NOTICES[lang] }]),
});

const keyReused = () => errors(422, ['this report_id was sent before with other fields: a new report needs a new report_id']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Form fields with one value each; an error for repeated or too many fields.
 * @param {unknown} body  what @fastify/formbody parsed
 * @returns {{ ok: true, fields: Record<string, string> } | { ok: false, problem: string }}
 */
function readFields(body) {
  if (!body || typeof body !== 'object') return { ok: true, fields: {} };
  const entries = Object.entries(body);
  if (entries.length > MAX_FIELDS) return { ok: false, problem: 'too many fields' };
  /** @type {Record<string, string>} */
  const fields = Object.create(null);
  for (const [name, value] of entries) {
    if (typeof value !== 'string') return { ok: false, problem: `${name} is given more than once` };
    if (value.length > FIELD_MAX) return { ok: false, problem: `${name} is too long` };
    fields[name] = value;
  }
  return { ok: true, fields };
}

/**
 * The idempotency key: `attribute[report_id]` or the `Idempotency-Key` header.
 * @param {Record<string, string>} fields
 * @param {unknown} header
 * @returns {{ ok: true, key: string | null } | { ok: false, problem: string }}
 */
function readKey(fields, header) {
  if (header !== undefined && (typeof header !== 'string' || !isValidKey(header))) return { ok: false, problem: 'Idempotency-Key is invalid' };
  const reportId = attribute(fields, ATTRIBUTES.reportId)?.trim() || undefined;
  if (reportId !== undefined && !UUID.test(reportId)) return { ok: false, problem: 'attribute[report_id] must be a UUID' };
  if (reportId !== undefined && typeof header === 'string' && header !== reportId) {
    return { ok: false, problem: 'Idempotency-Key and attribute[report_id] differ' };
  }
  return { ok: true, key: reportId ?? /** @type {string | undefined} */ (header) ?? null };
}

/**
 * @typedef {import('../intake/report.mjs').IntakeContext & {
 *   duplicateWindowMs: number, apiKeys: string[], jurisdiction: string | null }} Open311Context
 */

/**
 * @param {Open311Context} ctx
 * @param {{ key: unknown, contentType: string | undefined, body: unknown, queryApiKey?: unknown }} request
 *   `queryApiKey`: an `api_key` in the query string, for clients that put it there
 * @returns {Promise<import('../intake/idempotency.mjs').Outcome>}
 */
export async function receiveOpen311(ctx, { key: header, contentType, body, queryApiKey }) {
  const type = String(contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return errors(400, ['Content-Type must be application/x-www-form-urlencoded']);
  const read = readFields(body);
  if (!read.ok) return errors(400, [read.problem]);
  const { fields } = read;
  const denied = apiKeyProblem(ctx.apiKeys, fields[STANDARD.apiKey] ?? queryApiKey);
  if (denied) return errors(403, [denied]);
  const elsewhere = jurisdictionProblem(ctx.jurisdiction, fields[STANDARD.jurisdiction]);
  if (elsewhere) return errors(404, [elsewhere]);
  const keyed = readKey(fields, header);
  if (!keyed.ok) return errors(400, [keyed.problem]);
  const { key } = keyed;

  const contentHash = fingerprint(fields, VOLATILE);
  // Prefixed so an Open311 key can never replay a /reports answer or the other way round.
  const scoped = key !== null
    ? { key: `open311:${key}` }
    : { key: `open311-content:${contentHash}`, windowMs: ctx.duplicateWindowMs };

  return withIdempotency(ctx, { ...scoped, fingerprint: contentHash, keyReused }, async () => {
    const failure = await ctx.failSwitch?.apply(ctx.signal);
    if (failure) return failure;

    const verdict = validateOpen311(fields);
    if (!verdict.ok) return errors(400, verdict.problems);
    const { report } = verdict;

    if (spamVerdict(report, ctx) !== null) return { ...accepted(randomReference(), report.lang), remember: true };

    return {
      commit: async () => {
        // The report's own id when it has one, as in the JSON intake.
        const id = report.reportId ?? randomUUID();
        const receivedAt = ctx.now();
        const payload = {
          service_code: report.serviceCode,
          description: report.description,
          email: report.email,
          phone: report.phone,
          name: report.name,
          // The JSON report's names, so the inbox shows them the same way.
          ...(report.relation ? { relation: report.relation } : {}),
          ...(report.personKnows ? { personKnows: report.personKnows } : {}),
          ...(report.contactTimes ? { contactTimes: report.contactTimes } : {}),
          ...(report.consent !== null ? { consent: report.consent } : {}),
        };
        const answer = (/** @type {string} */ reference) => accepted(reference, report.lang);
        const result = await ctx.store.reports.create(
          {
            id,
            received_at: receivedAt,
            month: brusselsMonth(receivedAt),
            format: 'open311',
            partner: report.partner,
            age_group: report.ageGroup,
            about: report.about,
            lang: report.lang,
            area: ctx.cipher.encrypt(report.area, id),
            page: null,
            fill_ms: report.fillMs,
            payload: ctx.cipher.encrypt(JSON.stringify(payload), id),
            body_hash: contentHash,
          },
          { key: scoped.key, newReference: randomReference, answer },
        );
        if (result.created) return { status: result.status, body: result.body };
        // This id was stored before and its key was forgotten (a week passed, it was
        // erased, or the id came first through POST /reports): the same report is
        // answered with its reference, another one refused.
        const { existing } = result;
        if (existing.body_hash !== null && existing.body_hash !== contentHash) {
          await ctx.store.idempotency.release(scoped.key);
          return keyReused();
        }
        const again = answer(existing.reference);
        await ctx.store.idempotency.complete(scoped.key, again.status, again.body);
        return again;
      },
    };
  });
}
