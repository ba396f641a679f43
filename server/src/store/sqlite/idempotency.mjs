/** A 'processing' row older than this belongs to a handler that died; a retry takes over. */
export const STALE_PROCESSING_MS = 120_000;
/** Keys are forgotten after a week; the reports table still catches a late duplicate id. */
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Idempotency keys: each key is claimed once; its answer is remembered for replay.
 * @param {import('better-sqlite3').Database} db
 * @returns {import('../contract.mjs').IdempotencyStore}
 */
export function sqliteIdempotency(db) {
  const select = db.prepare(`SELECT state, status, body, created_at, fingerprint FROM idempotency WHERE key = ?`);
  const insert = db.prepare(`INSERT INTO idempotency (key, state, created_at, fingerprint) VALUES (?, 'processing', ?, ?)`);
  const restart = db.prepare(`UPDATE idempotency SET state = 'processing', status = NULL, body = NULL, created_at = ?, fingerprint = ? WHERE key = ?`);
  const done = db.prepare(`UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE key = ?`);
  const remove = db.prepare(`DELETE FROM idempotency WHERE key = ?`);
  const purge = db.prepare(`DELETE FROM idempotency WHERE state = 'done' AND created_at < ?`);
  // Nothing is in flight while the receiver starts: a 'processing' row left by a crash
  // would block its key until it goes stale.
  db.prepare(`DELETE FROM idempotency WHERE state = 'processing'`).run();
  let lastPurge = 0;

  // better-sqlite3 is synchronous: nothing runs between the SELECT and the INSERT.
  const claim = db.transaction((/** @type {string} */ key, /** @type {string} */ fingerprint, /** @type {number} */ now, /** @type {number | undefined} */ windowMs) => {
    if (now - lastPurge > PURGE_EVERY_MS) {
      lastPurge = now;
      purge.run(now - KEEP_MS);
    }
    const row = /** @type {any} */ (select.get(key));
    if (!row) {
      insert.run(key, now, fingerprint);
      return { kind: 'new' };
    }
    if (row.state === 'processing') {
      if (now - row.created_at < STALE_PROCESSING_MS) return { kind: 'in-progress', fingerprint: row.fingerprint };
      restart.run(now, fingerprint, key);
      return { kind: 'new' };
    }
    const expired = windowMs !== undefined && now - row.created_at >= windowMs;
    // After a rejected field the resident corrects it and the widget resends with the same id.
    const corrected = row.status === 422 && row.fingerprint !== fingerprint;
    if (expired || corrected) {
      restart.run(now, fingerprint, key);
      return { kind: 'new' };
    }
    return { kind: 'done', status: row.status, body: row.body, fingerprint: row.fingerprint };
  });

  return {
    claim: async (key, fingerprint, now, { windowMs } = {}) => /** @type {any} */ (claim(key, fingerprint, now, windowMs)),
    complete: async (key, status, body) => {
      done.run(status, body, key);
    },
    release: async (key) => {
      if (db.open) remove.run(key);
    },
  };
}
