import { PERSONAL_COLUMNS } from '../sqlite/reports.mjs';
import { completeKey } from './idempotency.mjs';

const REFERENCE_ATTEMPTS = 20;
const COLUMNS = ['id', 'received_at', 'month', 'format', 'partner', 'age_group', 'about', 'lang', 'area', 'page', 'fill_ms', 'payload', 'body_hash'];
/** Every column of the contract's ReportRow (not the adapter's own `seq`). */
const ROW = `id, reference, received_at, month, format, partner, age_group, about, lang, area, page, fill_ms, payload, body_hash,
  status, organisation_id, assigned_at, contacted_at, closed_at, outcome, erased_at, erasure_reason`;

/**
 * The reports table in PostgreSQL; the same rules as ../sqlite/reports.mjs.
 * @param {import('./db.mjs').Db} db
 * @returns {import('../contract.mjs').ReportStore}
 */
export function pgReports(db) {
  const insert = `INSERT INTO reports (${COLUMNS.join(', ')}, reference) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${COLUMNS.length + 1})
    ON CONFLICT DO NOTHING RETURNING id`;

  return {
    create: (row, { key, newReference, answer }) =>
      db.transaction(async (client) => {
        const values = COLUMNS.map((column) => /** @type {any} */ (row)[column]);
        for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
          const reference = newReference();
          const inserted = await client.query(insert, [...values, reference]);
          if (inserted.rowCount === 1) {
            const result = answer(reference);
            if (key !== null) await completeKey(client, { key, status: result.status, body: result.body, at: row.received_at, fingerprint: row.body_hash, reference });
            return { created: /** @type {const} */ (true), reference, status: result.status, body: result.body };
          }
          // Either this id is stored already (a late retry) or the reference is taken.
          const existing = await client.query(`SELECT ${ROW} FROM reports WHERE id = $1`, [row.id]);
          if (existing.rows[0]) return { created: /** @type {const} */ (false), existing: existing.rows[0] };
        }
        throw new Error('could not find a free reference');
      }),
    findById: async (id) => (await db.query(`SELECT ${ROW} FROM reports WHERE id = $1`, [id])).rows[0],
    findByReference: async (reference) => (await db.query(`SELECT ${ROW} FROM reports WHERE reference = $1`, [reference])).rows[0],
    list: async ({ organisationId = null, limit, offset }) => {
      const where = `($1::text IS NULL OR organisation_id = $1)`;
      const [page, total] = await Promise.all([
        db.query(`SELECT ${ROW} FROM reports WHERE ${where} ORDER BY received_at DESC, seq DESC LIMIT $2 OFFSET $3`, [organisationId, limit, offset]),
        db.query(`SELECT COUNT(*) AS total FROM reports WHERE ${where}`, [organisationId]),
      ]);
      return { rows: page.rows, total: total.rows[0].total };
    },
    count: async () => (await db.query(`SELECT COUNT(*) AS count FROM reports`)).rows[0].count,
    assign: async (reference, organisationId, at) =>
      (
        await db.query(
          `UPDATE reports SET organisation_id = $2, assigned_at = $3, status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END
           WHERE reference = $1 AND erased_at IS NULL AND status <> 'closed'`,
          [reference, organisationId, at],
        )
      ).rowCount === 1,
    setStatus: async (reference, { status, at, outcome = null }) =>
      (
        await db.query(
          `UPDATE reports SET status = $2,
             contacted_at = CASE WHEN $2 = 'contacted' THEN $3 ELSE contacted_at END,
             closed_at = CASE WHEN $2 = 'closed' THEN $3 ELSE closed_at END,
             outcome = CASE WHEN $2 = 'closed' THEN $4 ELSE outcome END
           WHERE reference = $1 AND erased_at IS NULL AND status <> 'closed'`,
          [reference, status, at, outcome],
        )
      ).rowCount === 1,
    erase: (reference, at, reason) =>
      db.transaction(async (client) => {
        const erased = await client.query(
          `UPDATE reports SET ${PERSONAL_COLUMNS.map((column) => `${column} = NULL`).join(', ')}, erased_at = $2, erasure_reason = $3
           WHERE reference = $1 AND erased_at IS NULL RETURNING id`,
          [reference, at, reason],
        );
        if (erased.rowCount !== 1) return false;
        // The remembered answer holds no personal data, but its fingerprint is a hash of it.
        await client.query(`DELETE FROM idempotency WHERE key = $1 OR reference = $2`, [erased.rows[0].id, reference]);
        return true;
      }),
    erasureCandidates: async (receivedBefore) =>
      (
        await db.query(
          `SELECT reference, partner, received_at, closed_at FROM reports WHERE erased_at IS NULL AND (closed_at IS NOT NULL OR received_at < $1)`,
          [receivedBefore],
        )
      ).rows,
    personalFields: async () => (await db.query(`SELECT id, area, payload FROM reports WHERE erased_at IS NULL`)).rows,
    updatePersonalFields: async (id, { area, payload }) => {
      await db.query(`UPDATE reports SET area = $2, payload = $3 WHERE id = $1`, [id, area, payload]);
    },
  };
}
