/**
 * The mail outbox. Mail is written in the same transaction as the change it is about
 * (an assignment, an escalation claim), and a worker sends it later: a report is never
 * held up or lost because the mail server is down.
 */

/** @param {import('better-sqlite3').Database} db */
export function insertMailStatement(db) {
  return db.prepare(`
    INSERT INTO outbox (created_at, kind, reference, recipient, subject, text, next_attempt_at)
    VALUES (@at, @kind, @reference, @recipient, @subject, @text, @at)`);
}

/**
 * @param {import('better-sqlite3').Database} db
 * @returns {import('../contract.mjs').OutboxStore}
 */
export function sqliteOutbox(db) {
  const insert = insertMailStatement(db);
  const enqueue = db.transaction((/** @type {import('../contract.mjs').OutgoingMail[]} */ mail, /** @type {number} */ at) => {
    for (const one of mail) insert.run({ ...one, at });
  });
  // One statement: SQLite runs it under its write lock, so two receivers on one file
  // never take the same row.
  const claim = db.prepare(`
    UPDATE outbox SET lease_until = @leaseUntil
    WHERE id IN (
      SELECT id FROM outbox
      WHERE sent_at IS NULL AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
      ORDER BY next_attempt_at, id LIMIT @limit)
    RETURNING *`);
  const sent = db.prepare(`UPDATE outbox SET sent_at = @at, last_attempt_at = @at, attempts = attempts + 1, lease_until = NULL WHERE id = @id`);
  const failed = db.prepare(`
    UPDATE outbox SET last_attempt_at = @at, last_error = @error, attempts = attempts + 1,
      next_attempt_at = @nextAttemptAt, lease_until = NULL
    WHERE id = @id AND sent_at IS NULL`);
  const forReference = db.prepare(`SELECT * FROM outbox WHERE reference = ? ORDER BY created_at, id`);
  const failing = db.prepare(`SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts > 0`).pluck();
  const purge = db.prepare(`DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?`);
  return {
    enqueue: async (mail, at) => {
      enqueue(mail, at);
    },
    claim: async (now, { leaseMs, limit }) =>
      /** @type {any[]} */ (claim.all({ now, leaseUntil: now + leaseMs, limit })).sort((a, b) => a.next_attempt_at - b.next_attempt_at || a.id - b.id),
    markSent: async (id, at) => {
      sent.run({ id, at });
    },
    markFailed: async (id, { at, error, nextAttemptAt }) => {
      failed.run({ id, at, error, nextAttemptAt });
    },
    forReference: async (reference) => /** @type {any[]} */ (forReference.all(reference)),
    failing: async () => /** @type {number} */ (failing.get()),
    purge: async (sentBefore) => purge.run(sentBefore).changes,
  };
}
