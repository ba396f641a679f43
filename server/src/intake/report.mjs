import { reportSchema } from 'eenzaamheid-hulp/schema';
import { brusselsMonth } from '../reach/month.mjs';
import { NestedTooDeep, fingerprint } from './fingerprint.mjs';
import { isValidKey, withIdempotency } from './idempotency.mjs';
import { randomReference } from './reference.mjs';
import { spamVerdict } from './spam.mjs';

/**
 * POST /reports: the widget's own JSON format, validated with the same schema the widget
 * uses (`eenzaamheid-hulp/schema`), so both sides agree on what a valid report is.
 * The order of the rules matters:
 *  1. the key (= the report id) and the body's id agree, or 400;
 *  2. a replay, a 409 or a key reused for another report (see idempotency.mjs);
 *  3. the schema: an invalid report is a 422 with its fields, whatever the spam signals
 *     say (so an empty report is never a 201);
 *  4. spam (honeypot, too fast): the same 201 a resident gets, remembered for replay,
 *     never stored;
 *  5. stored, with its answer, in one transaction.
 *
 * @typedef {object} IntakeContext
 * @property {import('../store/contract.mjs').Store} store
 * @property {import('../crypto/field-cipher.mjs').FieldCipher} cipher
 * @property {() => number} now
 * @property {number} minFillMs
 * @property {ReturnType<typeof import('./fail-switch.mjs').createFailSwitch> | null} failSwitch
 * @property {AbortSignal} signal
 */

/** Fields that change between two sends of one report without it being another report. */
const VOLATILE = ['fillMs'];

/** @param {number} status @param {unknown} value @param {Record<string, string>} [headers] */
const json = (status, value, headers) => ({ status, body: JSON.stringify(value), ...(headers ? { headers } : {}) });

/** The answer for a stored (or spam) report. */
const accepted = (/** @type {string} */ reference, /** @type {number} */ receivedAt) =>
  json(201, { reference, receivedAt: new Date(receivedAt).toISOString() });

export const keyReusedAnswer = () => json(422, { errors: [{ field: 'id', code: 'idempotency-key-reused' }] });

/**
 * @param {IntakeContext} ctx
 * @param {{ key: unknown, body: unknown }} request  the Idempotency-Key header and the parsed JSON body
 * @returns {Promise<import('./idempotency.mjs').Outcome>}
 */
export async function receiveReport(ctx, { key, body }) {
  if (typeof key !== 'string' || key === '') return json(400, { error: 'idempotency-key-required' });
  if (!isValidKey(key)) return json(400, { error: 'idempotency-key-invalid' });
  const record = body !== null && typeof body === 'object' && !Array.isArray(body) ? /** @type {Record<string, unknown>} */ (body) : null;
  // The key is the report id, so a retried report can never be stored under a second id.
  if (record && record.id !== undefined && record.id !== key) return json(400, { error: 'idempotency-key-mismatch' });

  let bodyHash;
  try {
    bodyHash = fingerprint(body, VOLATILE);
  } catch (error) {
    if (error instanceof NestedTooDeep) return json(400, { error: 'nested-too-deep' });
    throw error;
  }
  return withIdempotency(ctx, { key, fingerprint: bodyHash, keyReused: keyReusedAnswer }, async () => {
    const failure = await ctx.failSwitch?.apply(ctx.signal);
    if (failure) return failure;

    const parsed = reportSchema.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), code: issue.code }));
      return { ...json(422, { errors }), remember: true };
    }
    const report = parsed.data;

    if (spamVerdict(report, ctx) !== null) return { ...accepted(randomReference(), ctx.now()), remember: true };

    return {
      commit: async () => {
        const receivedAt = ctx.now();
        const result = await ctx.store.reports.create(
          {
            id: report.id,
            received_at: receivedAt,
            month: brusselsMonth(receivedAt),
            format: 'json',
            partner: report.partner ?? null,
            age_group: report.ageGroup,
            about: report.about,
            lang: report.lang,
            area: ctx.cipher.encrypt(report.area, report.id),
            page: report.page ?? null,
            fill_ms: report.fillMs ?? null,
            payload: ctx.cipher.encrypt(JSON.stringify(report), report.id),
            body_hash: bodyHash,
          },
          { key, newReference: randomReference, answer: (reference) => accepted(reference, receivedAt) },
        );
        if (result.created) return { status: result.status, body: result.body };
        // This id was stored before and its key was forgotten (a week passed, or it was erased).
        const { existing } = result;
        if (existing.body_hash !== null && existing.body_hash !== bodyHash) {
          await ctx.store.idempotency.release(key);
          return keyReusedAnswer();
        }
        const answer = accepted(existing.reference, existing.received_at);
        await ctx.store.idempotency.complete(key, answer.status, answer.body);
        return answer;
      },
    };
  });
}
