/**
 * The mail outbox in PostgreSQL; as ../sqlite/outbox.mjs. Several receivers share it:
 * a worker takes due mail with SELECT … FOR UPDATE SKIP LOCKED and a lease, so two
 * receivers never send the same mail at once, and a receiver that dies mid-send leaves
 * the mail to the others when its lease runs out.
 */

const MAIL_COLUMNS = ['kind', 'reference', 'recipient', 'subject', 'text'];

/**
 * Put mail in the outbox, due at `at` (inside the caller's transaction).
 * @param {import('./db.mjs').Queryable} client
 * @param {import('../contract.mjs').OutgoingMail[]} mail @param {number} at
 */
export async function enqueueMail(client, mail, at) {
  if (mail.length === 0) return;
  await client.query(
    `INSERT INTO outbox (created_at, next_attempt_at, kind, reference, recipient, subject, text)
     SELECT $1, $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
    [at, ...MAIL_COLUMNS.map((column) => mail.map((one) => /** @type {any} */ (one)[column]))],
  );
}

/**
 * @param {import('./db.mjs').Db} db
 * @returns {import('../contract.mjs').OutboxStore}
 */
export function pgOutbox(db) {
  return {
    enqueue: (mail, at) => db.transaction((client) => enqueueMail(client, mail, at)),
    claim: async (now, { leaseMs, limit }) =>
      (
        await db.query(
          `UPDATE outbox SET lease_until = $2
           WHERE id IN (
             SELECT id FROM outbox
             WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
             ORDER BY next_attempt_at, id LIMIT $3
             FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [now, now + leaseMs, limit],
        )
      ).rows.sort((a, b) => a.next_attempt_at - b.next_attempt_at || a.id - b.id),
    markSent: async (id, at) => {
      await db.query(`UPDATE outbox SET sent_at = $2, last_attempt_at = $2, attempts = attempts + 1, lease_until = NULL WHERE id = $1`, [id, at]);
    },
    markFailed: async (id, { at, error, nextAttemptAt }) => {
      await db.query(
        `UPDATE outbox SET last_attempt_at = $2, last_error = $3, attempts = attempts + 1, next_attempt_at = $4, lease_until = NULL
         WHERE id = $1 AND sent_at IS NULL`,
        [id, at, error, nextAttemptAt],
      );
    },
    forReference: async (reference) => (await db.query(`SELECT * FROM outbox WHERE reference = $1 ORDER BY created_at, id`, [reference])).rows,
    purge: async (sentBefore) => (await db.query(`DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1`, [sentBefore])).rowCount ?? 0,
    failing: async () => (await db.query(`SELECT COUNT(*) AS count FROM outbox WHERE sent_at IS NULL AND attempts > 0`)).rows[0].count,
  };
}
