import { randomUUID } from 'node:crypto';
import { fingerprint } from '../intake/fingerprint.mjs';
import { isValidKey, withIdempotency } from '../intake/idempotency.mjs';
import { randomReference } from '../intake/reference.mjs';
import { spamVerdict } from '../intake/spam.mjs';
import { brusselsMonth } from '../reach/month.mjs';
import { VOLATILE } from './fields.mjs';
import { validateOpen311 } from './validate.mjs';

/**
 * POST /requests.json: an Open311 GeoReport v2 "POST Service Request", so a city that
 * already runs an Open311 client can send reports here. It holds the JSON intake's
 * rules (see ../intake/report.mjs): the same field checks, honeypot and fill time, the
 * same idempotency with an `Idempotency-Key`; and a retry *without* a key (GeoReport
 * has none) is recognised by its content for `duplicateWindowMs` and answered with the
 * first reference instead of being stored twice. Errors use the GeoReport shape: an
 * array of `{ code, description }`.
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

const keyReused = () => errors(422, ['Idempotency-Key was used for a different request']);

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
 * @param {import('../intake/report.mjs').IntakeContext & { duplicateWindowMs: number }} ctx
 * @param {{ key: unknown, contentType: string | undefined, body: unknown }} request
 * @returns {Promise<import('../intake/idempotency.mjs').Outcome>}
 */
export async function receiveOpen311(ctx, { key, contentType, body }) {
  if (key !== undefined && (typeof key !== 'string' || !isValidKey(key))) return errors(400, ['Idempotency-Key is invalid']);
  const type = String(contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return errors(400, ['Content-Type must be application/x-www-form-urlencoded']);
  const read = readFields(body);
  if (!read.ok) return errors(400, [read.problem]);
  const { fields } = read;

  const contentHash = fingerprint(fields, VOLATILE);
  // Prefixed so an Open311 key can never replay a /reports answer or the other way round.
  const scoped = typeof key === 'string'
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
        const id = randomUUID();
        const receivedAt = ctx.now();
        const payload = {
          service_code: report.serviceCode,
          description: report.description,
          email: report.email,
          phone: report.phone,
          name: report.name,
        };
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
          { key: scoped.key, newReference: randomReference, answer: (reference) => accepted(reference, report.lang) },
        );
        // A fresh uuid is never taken: `created` is always true here.
        return { status: result.created ? result.status : 500, body: result.created ? result.body : '[]' };
      },
    };
  });
}
