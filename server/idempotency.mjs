import { JSON_TYPE, sendJson, sendText } from './http-util.mjs';

/**
 * Idempotency keys: the widget retries a report after a network error with the same
 * `Idempotency-Key`, and must get the first answer back instead of a second report.
 *
 * @typedef {object} Outcome What a handler wants to answer.
 * @property {number} [status]
 * @property {string} [body]          JSON text (or `contentType` text)
 * @property {string} [contentType]   defaults to JSON
 * @property {Record<string, string>} [headers]
 * @property {boolean} [remember]     store this answer for replay (genuine 422s)
 * @property {() => { status: number, body: string }} [commit]
 *   runs inside one SQLite transaction together with marking the key done, so a stored
 *   report and its remembered answer can never disagree
 */

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** A 'processing' row older than this belongs to a handler that died; let a retry take over. */
const STALE_PROCESSING_MS = 120_000;
/** Keys are forgotten after a week; the reports table still catches a late duplicate id. */
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/** @param {string} key */
export function isValidKey(key) {
  return KEY_PATTERN.test(key);
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {() => number} now
 */
export function createIdempotency(db, now) {
  const select = db.prepare(`SELECT state, status, body, created_at, fingerprint FROM idempotency WHERE key = ?`);
  const insert = db.prepare(`INSERT INTO idempotency (key, state, created_at, fingerprint) VALUES (?, 'processing', ?, ?)`);
  const restart = db.prepare(`UPDATE idempotency SET state = 'processing', status = NULL, body = NULL, created_at = ?, fingerprint = ? WHERE key = ?`);
  const done = db.prepare(`UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE key = ?`);
  const remove = db.prepare(`DELETE FROM idempotency WHERE key = ?`);
  const purge = db.prepare(`DELETE FROM idempotency WHERE state = 'done' AND created_at < ?`);
  let lastPurge = 0;

  /**
   * Claim a key atomically (better-sqlite3 is synchronous, so nothing runs between
   * the SELECT and the INSERT).
   * A remembered 422 is only replayed for the identical body: after a rejected field
   * the resident corrects it and the widget resends with the same report id.
   * @returns {{ kind: 'new' } | { kind: 'in-progress' } | { kind: 'replay', status: number, body: string }}
   */
  const claim = db.transaction((/** @type {string} */ key, /** @type {string} */ fingerprint) => {
    const time = now();
    if (time - lastPurge > 3_600_000) {
      lastPurge = time;
      purge.run(time - KEEP_MS);
    }
    const row = /** @type {any} */ (select.get(key));
    if (!row) {
      insert.run(key, time, fingerprint);
      return { kind: 'new' };
    }
    if (row.state === 'processing') {
      if (time - row.created_at < STALE_PROCESSING_MS) return { kind: 'in-progress' };
      restart.run(time, fingerprint, key);
      return { kind: 'new' };
    }
    if (row.status === 422 && row.fingerprint !== fingerprint) {
      restart.run(time, fingerprint, key);
      return { kind: 'new' };
    }
    return { kind: 'replay', status: row.status, body: row.body };
  });

  return {
    claim,
    /** @param {string} key @param {number} status @param {string} body */
    complete: (key, status, body) => done.run(status, body, key),
    /** @param {string} key */
    release: (key) => {
      if (db.open) remove.run(key);
    },
  };
}

/**
 * Run `produce` under an idempotency key (or without one when `key` is null) and
 * send its outcome. Replays 'done' keys, answers 409 while the first is in flight,
 * remembers 2xx and genuine 422 answers, and forgets the key for anything else
 * (fail-switch 5xx, captive-portal HTML, 400s) so a retry can still succeed.
 * @param {{ db: import('better-sqlite3').Database, idempotency: ReturnType<typeof createIdempotency> }} ctx
 * @param {import('node:http').ServerResponse} res
 * @param {string | null} key
 * @param {string} fingerprint
 * @param {() => Promise<Outcome>} produce
 */
export async function withIdempotency(ctx, res, key, fingerprint, produce) {
  if (key !== null) {
    const claimed = ctx.idempotency.claim(key, fingerprint);
    if (claimed.kind === 'replay') {
      sendText(res, claimed.status, JSON_TYPE, claimed.body, { 'Idempotent-Replayed': 'true' });
      return;
    }
    if (claimed.kind === 'in-progress') {
      sendJson(res, 409, { error: 'in-progress' }, { 'Retry-After': '1' });
      return;
    }
  }

  /** @type {Outcome} */
  let outcome;
  try {
    outcome = await produce();
  } catch (error) {
    if (key !== null) ctx.idempotency.release(key);
    throw error;
  }

  let status = outcome.status ?? 500;
  let body = outcome.body ?? '';
  if (outcome.commit) {
    const commit = outcome.commit;
    try {
      ({ status, body } = ctx.db.transaction(() => {
        const result = commit();
        if (key !== null) ctx.idempotency.complete(key, result.status, result.body);
        return result;
      })());
    } catch (error) {
      if (key !== null) ctx.idempotency.release(key);
      throw error;
    }
  } else if (key !== null) {
    if (outcome.remember && !outcome.contentType) ctx.idempotency.complete(key, status, body);
    else ctx.idempotency.release(key);
  }
  sendText(res, status, outcome.contentType ?? JSON_TYPE, body, outcome.headers);
}
