import { DEADLINE_MS } from '../../workflow/clock.mjs';
import { PERSONAL_COLUMNS } from '../sqlite/reports.mjs';
import { completeKey } from './idempotency.mjs';
import { enqueueMail } from './outbox.mjs';
import { pgReportSearch } from './report-search.mjs';

const REFERENCE_ATTEMPTS = 20;
const COLUMNS = ['id', 'received_at', 'month', 'format', 'partner', 'age_group', 'about', 'lang', 'area', 'page', 'fill_ms', 'payload', 'body_hash'];
/** Every column of the contract's ReportRow (not the adapter's own `seq`). */
const ROW = `id, reference, received_at, month, format, partner, age_group, about, lang, area, page, fill_ms, payload, body_hash,
  status, organisation_id, assigned_at, contacted_at, closed_at, outcome, erased_at, erasure_reason,
  deadline_at, assigned_by, contacted_by, closed_by, tries, escalated_at, triaged_at`;
const OPEN = `status IN ('new', 'assigned') AND erased_at IS NULL`;

/**
 * Add a line to a report's history (inside the caller's transaction).
 * @param {import('./db.mjs').Queryable} client
 * @param {{ reportId: string, at: number, actorId: number | null, actor: string, action: string, fromStatus: string | null, toStatus: string | null, organisationId: string | null, detail: string | null }} entry
 */
async function addHistory(client, entry) {
  await client.query(
    `INSERT INTO report_history (report_id, at, actor_id, actor, action, from_status, to_status, organisation_id, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [entry.reportId, entry.at, entry.actorId, entry.actor, entry.action, entry.fromStatus, entry.toStatus, entry.organisationId, entry.detail],
  );
}

/**
 * The report, locked for this transaction (a second receiver changing it waits).
 * @param {import('./db.mjs').Queryable} client @param {string} reference
 * @returns {Promise<{ id: string, status: string, organisation_id: string | null } | undefined>}
 */
async function lockOpenRow(client, reference) {
  return (await client.query(`SELECT id, status, organisation_id FROM reports WHERE reference = $1 AND erased_at IS NULL FOR UPDATE`, [reference])).rows[0];
}

/**
 * Assign (inside the caller's transaction, the row locked): as the contract's `assign`.
 * @param {import('./db.mjs').Queryable} client @param {string} reference @param {string} organisationId
 * @param {{ at: number, actorId: number | null, actor: string, detail?: string | null }} change
 */
async function assignLocked(client, reference, organisationId, change) {
  const before = await lockOpenRow(client, reference);
  if (!before || before.status === 'closed' || before.organisation_id === organisationId) return false;
  const after = (
    await client.query(
      `UPDATE reports SET organisation_id = $2, assigned_at = $3, assigned_by = $4, status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END
       WHERE id = $1 RETURNING status`,
      [before.id, organisationId, change.at, change.actor],
    )
  ).rows[0];
  await addHistory(client, {
    reportId: before.id, at: change.at, actorId: change.actorId, actor: change.actor, action: 'assign',
    fromStatus: before.status, toStatus: after.status, organisationId, detail: change.detail ?? null,
  });
  return true;
}

/**
 * The reports table in PostgreSQL; the same rules as ../sqlite/reports.mjs.
 * @param {import('./db.mjs').Db} db
 * @returns {import('../contract.mjs').ReportStore}
 */
export function pgReports(db) {
  const insert = `INSERT INTO reports (${COLUMNS.join(', ')}, reference, deadline_at)
    VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${COLUMNS.length + 1}, $2::bigint + ${DEADLINE_MS})
    ON CONFLICT DO NOTHING RETURNING id`;

  return {
    ...pgReportSearch(db, ROW),
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
    list: async ({ organisationId = null, limit, offset, order = 'newest', now = 0 }) => {
      const where = `($1::text IS NULL OR organisation_id = $1)`;
      const urgency = `CASE WHEN ${OPEN} AND deadline_at < $4 THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END, CASE WHEN ${OPEN} THEN deadline_at ELSE -received_at END, seq DESC`;
      const [page, total] = await Promise.all([
        order === 'urgency'
          ? db.query(`SELECT ${ROW} FROM reports WHERE ${where} ORDER BY ${urgency} LIMIT $2 OFFSET $3`, [organisationId, limit, offset, now])
          : db.query(`SELECT ${ROW} FROM reports WHERE ${where} ORDER BY received_at DESC, seq DESC LIMIT $2 OFFSET $3`, [organisationId, limit, offset]),
        db.query(`SELECT COUNT(*) AS total FROM reports WHERE ${where}`, [organisationId]),
      ]);
      return { rows: page.rows, total: total.rows[0].total };
    },
    count: async () => (await db.query(`SELECT COUNT(*) AS count FROM reports`)).rows[0].count,
    assign: (reference, organisationId, change) =>
      db.transaction(async (client) => {
        if (!(await assignLocked(client, reference, organisationId, change))) return false;
        await enqueueMail(client, change.mail, change.at);
        return true;
      }),
    setStatus: (reference, change) =>
      db.transaction(async (client) => {
        const before = await lockOpenRow(client, reference);
        if (!before) return false;
        let detail = null;
        if (change.status === 'contacted') {
          if (!['new', 'assigned'].includes(before.status)) return false;
          await client.query(`UPDATE reports SET status = 'contacted', contacted_at = $2, contacted_by = $3 WHERE id = $1`, [before.id, change.at, change.actor]);
        } else if (change.status === 'closed') {
          const outcome = change.outcome ?? null;
          if (!outcome || !['new', 'assigned', 'contacted'].includes(before.status)) return false;
          const tries = outcome === 'not-reachable' ? change.tries ?? null : null;
          await client.query(`UPDATE reports SET status = 'closed', closed_at = $2, closed_by = $3, outcome = $4, tries = $5 WHERE id = $1`, [before.id, change.at, change.actor, outcome, tries]);
          detail = tries === null ? outcome : `${outcome}:${tries}`;
        } else {
          return false;
        }
        await addHistory(client, {
          reportId: before.id, at: change.at, actorId: change.actorId, actor: change.actor, action: 'status',
          fromStatus: before.status, toStatus: change.status, organisationId: before.organisation_id, detail,
        });
        return true;
      }),
    escalationCandidates: async (receivedAtOrBefore) =>
      (
        await db.query(
          `SELECT reference, received_at, deadline_at, organisation_id, partner, status FROM reports
           WHERE ${OPEN} AND escalated_at IS NULL AND received_at <= $1 ORDER BY received_at, seq`,
          [receivedAtOrBefore],
        )
      ).rows,
    // The escalation claim: one conditional UPDATE … RETURNING. A second receiver running
    // the same claim waits for the row lock, then re-checks escalated_at IS NULL on the
    // committed row and gets nothing: exactly one claim, one mail.
    claimEscalation: (reference, at, mail) =>
      db.transaction(async (client) => {
        const claimed = (
          await client.query(
            `UPDATE reports SET escalated_at = $2 WHERE reference = $1 AND escalated_at IS NULL AND ${OPEN}
             RETURNING id, status, organisation_id`,
            [reference, at],
          )
        ).rows[0];
        if (!claimed) return false;
        await addHistory(client, {
          reportId: claimed.id, at, actorId: null, actor: 'system', action: 'escalate',
          fromStatus: claimed.status, toStatus: claimed.status, organisationId: claimed.organisation_id, detail: null,
        });
        await enqueueMail(client, mail, at);
        return true;
      }),
    untriaged: async (limit) =>
      (await db.query(`SELECT reference FROM reports WHERE triaged_at IS NULL AND erased_at IS NULL ORDER BY received_at, seq LIMIT $1`, [limit])).rows.map(
        (/** @type {any} */ row) => row.reference,
      ),
    // Routing claimed the same way: only the receiver whose UPDATE sets triaged_at routes the report.
    triage: (reference, change) =>
      db.transaction(async (client) => {
        const claimed = await client.query(
          `UPDATE reports SET triaged_at = $2 WHERE reference = $1 AND triaged_at IS NULL AND erased_at IS NULL RETURNING status, organisation_id`,
          [reference, change.at],
        );
        if (claimed.rowCount !== 1) return false;
        // Handled by hand before routing ran (a coordinator assigned or closed it): the claim only.
        const current = claimed.rows[0];
        if (current.status === 'closed' || current.organisation_id !== null) return true;
        if (change.organisationId !== null) await assignLocked(client, reference, change.organisationId, change);
        await enqueueMail(client, change.mail, change.at);
        return true;
      }),
    history: async (reference) =>
      (
        await db.query(
          `SELECT h.at, h.actor_id, h.actor, h.action, h.from_status, h.to_status, h.organisation_id, h.detail
           FROM report_history h JOIN reports r ON r.id = h.report_id WHERE r.reference = $1 ORDER BY h.at, h.id`,
          [reference],
        )
      ).rows,
    workflow: async (reference) =>
      (
        await db.query(
          `SELECT reference, status, organisation_id, received_at, deadline_at, assigned_at, contacted_at, closed_at,
             outcome, escalated_at, erased_at IS NOT NULL AS erased
           FROM reports WHERE reference = $1`,
          [reference],
        )
      ).rows[0],
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
        await client.query(`DELETE FROM report_notes WHERE report_id = $1`, [erased.rows[0].id]);
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
