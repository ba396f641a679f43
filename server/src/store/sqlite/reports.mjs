import { DEADLINE_MS } from '../../workflow/clock.mjs';
import { completeStatement } from './idempotency.mjs';
import { insertMailStatement } from './outbox.mjs';

/**
 * The reports table. Personal fields are the ones erasure clears (see PERSONAL_COLUMNS);
 * the reference, dates, partner, age group, status, organisation and outcome stay for
 * the counts.
 */

export const PERSONAL_COLUMNS = ['about', 'lang', 'area', 'page', 'fill_ms', 'payload', 'body_hash'];
const REFERENCE_ATTEMPTS = 20;

/**
 * @param {import('better-sqlite3').Database} db
 * @param {import('./idempotency.mjs').Claims} claims  keys being handled, completed here with their report
 * @returns {import('../contract.mjs').ReportStore}
 */
export function sqliteReports(db, claims) {
  const insert = db.prepare(`
    INSERT INTO reports (id, reference, received_at, deadline_at, month, format, partner, age_group, about, lang, area, page, fill_ms, payload, body_hash)
    VALUES (@id, @reference, @received_at, @received_at + ${DEADLINE_MS}, @month, @format, @partner, @age_group, @about, @lang, @area, @page, @fill_ms, @payload, @body_hash)`);
  const referenceTaken = db.prepare(`SELECT 1 FROM reports WHERE reference = ?`).pluck();
  const byId = db.prepare(`SELECT * FROM reports WHERE id = ?`);
  const byReference = db.prepare(`SELECT * FROM reports WHERE reference = ?`);
  const count = db.prepare(`SELECT COUNT(*) FROM reports`).pluck();
  const completeKey = completeStatement(db);
  const forgetKeys = db.prepare(`DELETE FROM idempotency WHERE key = @id OR reference = @reference`);
  const scope = `(@organisationId IS NULL OR organisation_id = @organisationId)`;
  const page = db.prepare(`
    SELECT * FROM reports WHERE ${scope}
    ORDER BY received_at DESC, rowid DESC LIMIT @limit OFFSET @offset`);
  const open = `status IN ('new', 'assigned') AND erased_at IS NULL`;
  const urgentPage = db.prepare(`
    SELECT * FROM reports WHERE ${scope}
    ORDER BY
      CASE WHEN ${open} AND deadline_at < @now THEN 0 WHEN ${open} THEN 1 ELSE 2 END,
      CASE WHEN ${open} THEN deadline_at ELSE -received_at END,
      rowid DESC
    LIMIT @limit OFFSET @offset`);
  const total = db.prepare(`SELECT COUNT(*) FROM reports WHERE ${scope}`).pluck();
  const assign = db.prepare(`
    UPDATE reports SET organisation_id = @organisationId, assigned_at = @at, assigned_by = @actor,
      status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END
    WHERE reference = @reference AND erased_at IS NULL AND status <> 'closed'
      AND organisation_id IS NOT @organisationId
    RETURNING id, status`);
  const statusOf = db.prepare(`SELECT id, status FROM reports WHERE reference = ? AND erased_at IS NULL`);
  const contacted = db.prepare(`
    UPDATE reports SET status = 'contacted', contacted_at = @at, contacted_by = @actor
    WHERE id = @id AND status IN ('new', 'assigned')`);
  const closed = db.prepare(`
    UPDATE reports SET status = 'closed', closed_at = @at, closed_by = @actor, outcome = @outcome, tries = @tries
    WHERE id = @id AND status IN ('new', 'assigned', 'contacted')`);
  const addHistory = db.prepare(`
    INSERT INTO report_history (report_id, at, actor_id, actor, action, from_status, to_status, organisation_id, detail)
    VALUES (@reportId, @at, @actorId, @actor, @action, @fromStatus, @toStatus, @organisationId, @detail)`);
  const history = db.prepare(`
    SELECT h.at, h.actor_id, h.actor, h.action, h.from_status, h.to_status, h.organisation_id, h.detail
    FROM report_history h JOIN reports r ON r.id = h.report_id
    WHERE r.reference = ? ORDER BY h.at, h.id`);
  const escalationCandidates = db.prepare(`
    SELECT reference, received_at, deadline_at, organisation_id, partner, status FROM reports
    WHERE status IN ('new', 'assigned') AND erased_at IS NULL AND escalated_at IS NULL AND received_at <= ?
    ORDER BY received_at`);
  const claimEscalation = db.prepare(`
    UPDATE reports SET escalated_at = @at
    WHERE reference = @reference AND escalated_at IS NULL AND status IN ('new', 'assigned') AND erased_at IS NULL
    RETURNING id, status, organisation_id`);
  const workflow = db.prepare(`
    SELECT reference, status, organisation_id, received_at, deadline_at, assigned_at, contacted_at, closed_at,
      outcome, escalated_at, erased_at IS NOT NULL AS erased
    FROM reports WHERE reference = ?`);
  const untriaged = db.prepare(`SELECT reference FROM reports WHERE triaged_at IS NULL AND erased_at IS NULL ORDER BY received_at, rowid LIMIT ?`).pluck();
  const claimTriage = db.prepare(`UPDATE reports SET triaged_at = @at WHERE reference = @reference AND triaged_at IS NULL AND erased_at IS NULL`);
  const insertMail = insertMailStatement(db);
  const deleteNotes = db.prepare(`DELETE FROM report_notes WHERE report_id = ?`);
  const erase = db.prepare(`
    UPDATE reports SET ${PERSONAL_COLUMNS.map((column) => `${column} = NULL`).join(', ')},
      erased_at = @at, erasure_reason = @reason
    WHERE reference = @reference AND erased_at IS NULL
    RETURNING id`);
  const candidates = db.prepare(`
    SELECT reference, partner, received_at, closed_at FROM reports
    WHERE erased_at IS NULL AND (closed_at IS NOT NULL OR received_at < ?)`);
  const personal = db.prepare(`SELECT id, area, payload FROM reports WHERE erased_at IS NULL`);
  const updatePersonal = db.prepare(`UPDATE reports SET area = @area, payload = @payload WHERE id = @id`);

  const create = db.transaction((/** @type {any} */ row, /** @type {any} */ { key, newReference, answer }) => {
    const existing = byId.get(row.id);
    if (existing) return { created: false, existing };
    let reference = '';
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS && !reference; attempt += 1) {
      const candidate = newReference();
      if (referenceTaken.get(candidate) === undefined) reference = candidate;
    }
    if (!reference) throw new Error('could not find a free reference');
    insert.run({ ...row, reference });
    const result = answer(reference);
    if (key !== null) {
      const holder = claims.get(key);
      completeKey.run({ key, status: result.status, body: result.body, at: holder?.at ?? row.received_at, fingerprint: holder?.fingerprint ?? row.body_hash, reference });
    }
    return { created: true, reference, status: result.status, body: result.body };
  });

  const eraseWithKey = db.transaction((/** @type {string} */ reference, /** @type {number} */ at, /** @type {string} */ reason) => {
    const erased = /** @type {{ id: string } | undefined} */ (erase.get({ reference, at, reason }));
    // The remembered answer holds no personal data, but its fingerprint is a hash of it.
    if (erased) {
      forgetKeys.run({ id: erased.id, reference });
      deleteNotes.run(erased.id);
    }
    return erased !== undefined;
  });

  /** @param {import('../contract.mjs').OutgoingMail[]} mail @param {number} at */
  const enqueue = (mail, at) => {
    for (const one of mail) insertMail.run({ ...one, at });
  };

  const assignWithMail = db.transaction((/** @type {string} */ reference, /** @type {string} */ organisationId, /** @type {any} */ change) => {
    const before = /** @type {{ id: string, status: string } | undefined} */ (statusOf.get(reference));
    const after = /** @type {{ id: string, status: string } | undefined} */ (assign.get({ reference, organisationId, at: change.at, actor: change.actor }));
    if (!before || !after) return false;
    addHistory.run({ reportId: after.id, at: change.at, actorId: change.actorId, actor: change.actor, action: 'assign', fromStatus: before.status, toStatus: after.status, organisationId, detail: change.detail ?? null });
    enqueue(change.mail, change.at);
    return true;
  });

  const triage = db.transaction((/** @type {string} */ reference, /** @type {any} */ change) => {
    if (claimTriage.run({ reference, at: change.at }).changes !== 1) return false;
    // Handled by hand before routing ran (a coordinator assigned or closed it): the claim only.
    const current = /** @type {any} */ (byReference.get(reference));
    if (current.status === 'closed' || current.organisation_id !== null) return true;
    if (change.organisationId !== null) {
      const before = /** @type {{ id: string, status: string }} */ (statusOf.get(reference));
      const after = /** @type {{ id: string, status: string } | undefined} */ (assign.get({ reference, organisationId: change.organisationId, at: change.at, actor: change.actor }));
      if (after) {
        addHistory.run({ reportId: after.id, at: change.at, actorId: change.actorId, actor: change.actor, action: 'assign', fromStatus: before.status, toStatus: after.status, organisationId: change.organisationId, detail: change.detail ?? null });
      }
    }
    enqueue(change.mail, change.at);
    return true;
  });

  const changeStatus = db.transaction((/** @type {string} */ reference, /** @type {any} */ change) => {
    const before = /** @type {{ id: string, status: string } | undefined} */ (statusOf.get(reference));
    if (!before) return false;
    const base = { id: before.id, at: change.at, actor: change.actor };
    let detail = null;
    if (change.status === 'contacted') {
      if (contacted.run(base).changes !== 1) return false;
    } else if (change.status === 'closed') {
      const outcome = change.outcome ?? null;
      if (!outcome) return false;
      const tries = outcome === 'not-reachable' ? change.tries ?? null : null;
      if (closed.run({ ...base, outcome, tries }).changes !== 1) return false;
      detail = tries === null ? outcome : `${outcome}:${tries}`;
    } else {
      return false;
    }
    const row = /** @type {any} */ (byId.get(before.id));
    addHistory.run({ reportId: before.id, at: change.at, actorId: change.actorId, actor: change.actor, action: 'status', fromStatus: before.status, toStatus: change.status, organisationId: row.organisation_id, detail });
    return true;
  });

  const escalate = db.transaction((/** @type {string} */ reference, /** @type {number} */ at, /** @type {import('../contract.mjs').OutgoingMail[]} */ mail) => {
    const claimed = /** @type {{ id: string, status: string, organisation_id: string | null } | undefined} */ (claimEscalation.get({ reference, at }));
    if (!claimed) return false;
    addHistory.run({ reportId: claimed.id, at, actorId: null, actor: 'system', action: 'escalate', fromStatus: claimed.status, toStatus: claimed.status, organisationId: claimed.organisation_id, detail: null });
    enqueue(mail, at);
    return true;
  });

  return {
    create: async (row, options) => {
      const result = /** @type {any} */ (create(row, options));
      if (result.created && options.key !== null) claims.delete(options.key);
      return result;
    },
    findById: async (id) => /** @type {any} */ (byId.get(id)),
    findByReference: async (reference) => /** @type {any} */ (byReference.get(reference)),
    list: async ({ organisationId = null, limit, offset, order = 'newest', now = 0 }) => ({
      rows: /** @type {any[]} */ (order === 'urgency' ? urgentPage.all({ organisationId, limit, offset, now }) : page.all({ organisationId, limit, offset })),
      total: /** @type {number} */ (total.get({ organisationId })),
    }),
    count: async () => /** @type {number} */ (count.get()),
    assign: async (reference, organisationId, change) => /** @type {boolean} */ (assignWithMail(reference, organisationId, change)),
    setStatus: async (reference, change) => /** @type {boolean} */ (changeStatus(reference, change)),
    escalationCandidates: async (receivedAtOrBefore) => /** @type {any[]} */ (escalationCandidates.all(receivedAtOrBefore)),
    claimEscalation: async (reference, at, mail) => /** @type {boolean} */ (escalate(reference, at, mail)),
    untriaged: async (limit) => /** @type {string[]} */ (untriaged.all(limit)),
    triage: async (reference, change) => /** @type {boolean} */ (triage(reference, change)),
    history: async (reference) => /** @type {any[]} */ (history.all(reference)),
    workflow: async (reference) => {
      const row = /** @type {any} */ (workflow.get(reference));
      return row ? { ...row, erased: row.erased === 1 } : undefined;
    },
    erase: async (reference, at, reason) => eraseWithKey(reference, at, reason),
    erasureCandidates: async (receivedBefore) => /** @type {any[]} */ (candidates.all(receivedBefore)),
    personalFields: async () => /** @type {any[]} */ (personal.all()),
    updatePersonalFields: async (id, { area, payload }) => {
      updatePersonal.run({ id, area, payload });
    },
  };
}
