/** A claim older than this belongs to a handler that died; a retry takes over. */
export const STALE_PROCESSING_MS = 120_000;
/** Keys are forgotten after a week; the reports table still catches a late duplicate id. */
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Keys being handled right now, in this process: one SQLite file is served by one
 * receiver process, so "in progress" needs no write (and no disk flush) of its own.
 * Only final answers are written, in the same transaction as the report they belong to.
 * @typedef {Map<string, { fingerprint: string, at: number }>} Claims
 */

/**
 * Idempotency keys: each key is claimed once; its final answer is remembered for replay.
 * @param {import('better-sqlite3').Database} db
 * @param {Claims} claims  shared with the reports table, which completes keys in its transaction
 * @returns {import('../contract.mjs').IdempotencyStore}
 */
export function sqliteIdempotency(db, claims) {
  const select = db.prepare(`SELECT status, body, created_at, fingerprint FROM idempotency WHERE key = ? AND state = 'done'`);
  const done = completeStatement(db);
  const purge = db.prepare(`DELETE FROM idempotency WHERE created_at < ?`);
  // Rows of the receiver before 2026-12 that were left 'processing' by a crash.
  db.prepare(`DELETE FROM idempotency WHERE state = 'processing'`).run();
  let lastPurge = 0;

  return {
    async claim(key, fingerprint, now, { windowMs } = {}) {
      if (now - lastPurge > PURGE_EVERY_MS) {
        lastPurge = now;
        purge.run(now - KEEP_MS);
      }
      const holder = claims.get(key);
      if (holder && now - holder.at < STALE_PROCESSING_MS) return { kind: 'in-progress', fingerprint: holder.fingerprint };
      const row = /** @type {any} */ (select.get(key));
      if (row) {
        const expired = windowMs !== undefined && now - row.created_at >= windowMs;
        // After a rejected field the resident corrects it and the widget resends with the same id.
        const corrected = row.status === 422 && row.fingerprint !== fingerprint;
        if (!expired && !corrected) return { kind: 'done', status: row.status, body: row.body, fingerprint: row.fingerprint };
      }
      claims.set(key, { fingerprint, at: now });
      return { kind: 'new' };
    },
    async complete(key, status, body) {
      const holder = claims.get(key);
      done.run({ key, status, body, at: holder?.at ?? 0, fingerprint: holder?.fingerprint ?? null, reference: null });
      claims.delete(key);
    },
    async release(key) {
      claims.delete(key);
    },
  };
}

/**
 * The statement that writes a key's final answer (also used inside the reports transaction).
 * @param {import('better-sqlite3').Database} db
 */
export function completeStatement(db) {
  return db.prepare(`
    INSERT INTO idempotency (key, state, status, body, created_at, fingerprint, reference) VALUES (@key, 'done', @status, @body, @at, @fingerprint, @reference)
    ON CONFLICT (key) DO UPDATE SET state = 'done', status = excluded.status, body = excluded.body, created_at = excluded.created_at,
      fingerprint = excluded.fingerprint, reference = excluded.reference`);
}
