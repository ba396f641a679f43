import { KEEP_MS, STALE_PROCESSING_MS } from '../sqlite/idempotency.mjs';

const PURGE_EVERY_MS = 3_600_000;
const CLAIM_ATTEMPTS = 5;

/**
 * Idempotency keys in PostgreSQL. Unlike the SQLite adapter (one process per file, claims
 * in memory), several receivers share this database, so a claim is a row: taken with one
 * atomic INSERT … ON CONFLICT DO UPDATE … WHERE (the key is free, its holder went silent
 * for STALE_PROCESSING_MS, its answer is older than the window, or it was a 422 and this
 * is a corrected body). Whoever gets the row back holds the key; everyone else reads
 * what is there: in progress (409) or the answer (replay). The final answer is written
 * over the claim, together with the report (see reports.mjs).
 * @param {import('./db.mjs').Db} db
 * @returns {import('../contract.mjs').IdempotencyStore}
 */
export function pgIdempotency(db) {
  let lastPurge = 0;

  return {
    async claim(key, fingerprint, now, { windowMs } = {}) {
      if (now - lastPurge > PURGE_EVERY_MS) {
        lastPurge = now;
        await db.query(`DELETE FROM idempotency WHERE COALESCE(created_at, claimed_at) < $1 AND (claimed_at IS NULL OR claimed_at < $1)`, [now - KEEP_MS]);
      }
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
        const taken = await db.query(
          `INSERT INTO idempotency (key, claimed_at, claim_fingerprint) VALUES ($1, $2, $3)
           ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, claim_fingerprint = EXCLUDED.claim_fingerprint
           WHERE (idempotency.claimed_at IS NULL OR $2 - idempotency.claimed_at >= $4)
             AND (idempotency.status IS NULL
               OR ($5::bigint IS NOT NULL AND $2 - idempotency.created_at >= $5::bigint)
               OR (idempotency.status = 422 AND idempotency.fingerprint IS DISTINCT FROM $3))
           RETURNING key`,
          [key, now, fingerprint, STALE_PROCESSING_MS, windowMs ?? null],
        );
        if (taken.rowCount === 1) return { kind: 'new' };
        const { rows } = await db.query(`SELECT status, body, fingerprint, claimed_at, claim_fingerprint FROM idempotency WHERE key = $1`, [key]);
        const row = rows[0];
        // Released or completed between the two statements: look again.
        if (!row) continue;
        if (row.claimed_at !== null && now - row.claimed_at < STALE_PROCESSING_MS) return { kind: 'in-progress', fingerprint: row.claim_fingerprint };
        if (row.status !== null) return { kind: 'done', status: row.status, body: row.body, fingerprint: row.fingerprint };
      }
      throw new Error(`idempotency key could not be claimed after ${CLAIM_ATTEMPTS} attempts`);
    },
    async complete(key, status, body) {
      await completeKey(db, { key, status, body, at: null, fingerprint: null, reference: null });
    },
    async release(key) {
      // A key with a remembered answer keeps it (e.g. the 422 before a corrected body).
      await db.query(
        `WITH gone AS (DELETE FROM idempotency WHERE key = $1 AND status IS NULL RETURNING key)
         UPDATE idempotency SET claimed_at = NULL, claim_fingerprint = NULL WHERE key = $1 AND status IS NOT NULL`,
        [key],
      );
    },
  };
}

/**
 * Write a key's final answer over its claim (also inside the reports transaction).
 * `at` and `fingerprint` are used when the key was not claimed (they come from the claim otherwise).
 * @param {import('./db.mjs').Queryable} db
 * @param {{ key: string, status: number, body: string, at: number | null, fingerprint: string | null, reference: string | null }} answer
 */
export async function completeKey(db, { key, status, body, at, fingerprint, reference }) {
  await db.query(
    `INSERT INTO idempotency (key, status, body, created_at, fingerprint, reference) VALUES ($1, $2, $3, COALESCE($4::bigint, 0), $5, $6)
     ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, body = EXCLUDED.body,
       created_at = COALESCE(idempotency.claimed_at, EXCLUDED.created_at),
       fingerprint = COALESCE(idempotency.claim_fingerprint, EXCLUDED.fingerprint),
       reference = EXCLUDED.reference, claimed_at = NULL, claim_fingerprint = NULL`,
    [key, status, body, at, fingerprint, reference],
  );
}
