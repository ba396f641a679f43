/**
 * Idempotency keys, as Stripe and the IETF Idempotency-Key draft use them: the widget
 * retries a report with the same `Idempotency-Key` and gets the first answer back
 * instead of a second report.
 *  - same key, same content: the first answer, replayed (`Idempotent-Replayed: true`);
 *  - same key while the first request is still being handled: 409 with Retry-After;
 *  - same key, different content: 422, nothing stored (the new report would otherwise be
 *    dropped without a word); except after a 422 for a field, when the corrected report
 *    is handled anew;
 *  - answers that are not final (5xx, the fail switch, 400s) are forgotten, so a retry
 *    can still succeed.
 *
 * @typedef {object} Outcome What the intake answers.
 * @property {number} status
 * @property {string} body           JSON text (or `contentType` text)
 * @property {string} [contentType]  defaults to JSON
 * @property {Record<string, string>} [headers]
 * @property {boolean} [remember]    store this answer for replay (a genuine 422, a spam 201)
 *
 * @typedef {object} Commit  What a handler returns to store something.
 * @property {() => Promise<Outcome>} commit  stores the report and completes the key in one transaction
 */

export const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** @param {string} key */
export function isValidKey(key) {
  return KEY_PATTERN.test(key);
}

/**
 * @param {{ store: import('../store/contract.mjs').Store, now: () => number }} ctx
 * @param {{ key: string | null, fingerprint: string, windowMs?: number, keyReused: () => Outcome }} claim
 *   `windowMs`: a key older than this is free again (content keys of Open311 retries without a key)
 * @param {() => Promise<Outcome | Commit>} produce
 * @returns {Promise<Outcome>}
 */
export async function withIdempotency(ctx, { key, fingerprint, windowMs, keyReused }, produce) {
  if (key !== null) {
    const claimed = await ctx.store.idempotency.claim(key, fingerprint, ctx.now(), windowMs === undefined ? {} : { windowMs });
    if (claimed.kind === 'done') {
      if (claimed.fingerprint !== fingerprint) return keyReused();
      return { status: claimed.status, body: claimed.body, headers: { 'Idempotent-Replayed': 'true' } };
    }
    if (claimed.kind === 'in-progress') {
      if (claimed.fingerprint !== fingerprint) return keyReused();
      return { status: 409, body: JSON.stringify({ error: 'in-progress' }), headers: { 'Retry-After': '1' } };
    }
  }

  try {
    const produced = await produce();
    if ('commit' in produced) return await produced.commit();
    if (key !== null) {
      if (produced.remember && !produced.contentType) await ctx.store.idempotency.complete(key, produced.status, produced.body);
      else await ctx.store.idempotency.release(key);
    }
    return produced;
  } catch (error) {
    if (key !== null) await ctx.store.idempotency.release(key);
    throw error;
  }
}
