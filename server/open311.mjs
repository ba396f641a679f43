import { createHash, randomUUID } from 'node:crypto';
import { readBody, sendJson, sendTooLarge } from './http-util.mjs';
import { isValidKey, withIdempotency } from './idempotency.mjs';
import { uniqueReference } from './reference.mjs';

/**
 * POST /requests.json: an Open311 GeoReport v2 "POST Service Request", so a city
 * that already runs an Open311 back office can point the widget at it unchanged.
 * Errors use the GeoReport error shape: an array of `{ code, description }`.
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
const FIELD_MAX = 1000;
const MAX_FIELDS = 40;
const LANGS = new Set(['nl', 'fr', 'en']);

/** @param {string} description */
const open311Error = (description) => JSON.stringify([{ code: 400, description }]);

/**
 * Check the form fields; returns an error description or null.
 * @param {Record<string, string>} fields
 */
function validate(fields) {
  if (!fields.service_code?.trim()) return 'service_code is required';
  if (!fields.email?.trim() && !fields.phone?.trim()) return 'email or phone is required';
  for (const [name, value] of Object.entries(fields)) {
    if (value.length > FIELD_MAX) return `${name} is too long`;
  }
  return null;
}

/**
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function handleOpen311(ctx, req, res) {
  const key = req.headers['idempotency-key'];
  if (key !== undefined && (typeof key !== 'string' || !isValidKey(key))) {
    return sendJson(res, 400, [{ code: 400, description: 'Idempotency-Key is invalid' }]);
  }

  const read = await readBody(req, ctx.maxBodyBytes);
  if (!read.ok) {
    if (read.reason === 'too-large') sendTooLarge(res);
    return;
  }
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return sendJson(res, 400, [{ code: 400, description: 'Content-Type must be application/x-www-form-urlencoded' }]);
  }

  /** @type {Record<string, string>} */
  const fields = {};
  let count = 0;
  for (const [name, value] of new URLSearchParams(read.text)) {
    count += 1;
    if (count > MAX_FIELDS) return sendJson(res, 400, [{ code: 400, description: 'too many fields' }]);
    fields[name] = value;
  }

  // The widget sends the language as a service attribute (attribute[lang]); plain `lang` is read too.
  const askedLang = fields['attribute[lang]'] ?? fields.lang;
  const lang = /** @type {'nl' | 'fr' | 'en'} */ (LANGS.has(askedLang) ? askedLang : 'nl');

  const fingerprint = createHash('sha256').update(read.text).digest('hex');
  // Prefixed so an Open311 key can never replay a /reports answer or the other way round.
  const scopedKey = typeof key === 'string' ? `open311:${key}` : null;
  await withIdempotency(ctx, res, scopedKey, fingerprint, async () => {
    const failure = await ctx.failSwitch?.apply(ctx.signal);
    if (failure) return failure;

    const problem = validate(fields);
    if (problem) return { status: 400, body: open311Error(problem) };

    return {
      commit: () => {
        const reference = uniqueReference(ctx.reports.isReferenceTaken);
        ctx.reports.insert({
          id: randomUUID(),
          reference,
          received_at: ctx.now(),
          about: 'unknown',
          age_group: 'unknown',
          area: fields.address_string?.trim() || null,
          partner: fields.partner?.trim() || null,
          lang,
          page: null,
          fill_ms: null,
          format: 'open311',
          payload: JSON.stringify(fields),
        });
        const notice = SERVICE_NOTICES[lang];
        return { status: 201, body: JSON.stringify([{ service_request_id: reference, service_notice: notice }]) };
      },
    };
  });
}
