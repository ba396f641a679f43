import { completeStatement } from './idempotency.mjs';

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
    INSERT INTO reports (id, reference, received_at, month, format, partner, age_group, about, lang, area, page, fill_ms, payload, body_hash)
    VALUES (@id, @reference, @received_at, @month, @format, @partner, @age_group, @about, @lang, @area, @page, @fill_ms, @payload, @body_hash)`);
  const referenceTaken = db.prepare(`SELECT 1 FROM reports WHERE reference = ?`).pluck();
  const byId = db.prepare(`SELECT * FROM reports WHERE id = ?`);
  const byReference = db.prepare(`SELECT * FROM reports WHERE reference = ?`);
  const count = db.prepare(`SELECT COUNT(*) FROM reports`).pluck();
  const statusOf = db.prepare(`
    SELECT reference, status, received_at,
      MAX(received_at, COALESCE(assigned_at, 0), COALESCE(contacted_at, 0), COALESCE(closed_at, 0)) AS updated_at
    FROM reports WHERE reference = ?`);
  const completeKey = completeStatement(db);
  const forgetKeys = db.prepare(`DELETE FROM idempotency WHERE key = @id OR reference = @reference`);
  const page = db.prepare(`
    SELECT * FROM reports WHERE (@organisationId IS NULL OR organisation_id = @organisationId)
    ORDER BY received_at DESC, rowid DESC LIMIT @limit OFFSET @offset`);
  const total = db.prepare(`SELECT COUNT(*) FROM reports WHERE (@organisationId IS NULL OR organisation_id = @organisationId)`).pluck();
  const assign = db.prepare(`
    UPDATE reports SET organisation_id = @organisationId, assigned_at = @at,
      status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END
    WHERE reference = @reference AND erased_at IS NULL AND status <> 'closed'`);
  const setStatus = db.prepare(`
    UPDATE reports SET status = @status,
      contacted_at = CASE WHEN @status = 'contacted' THEN @at ELSE contacted_at END,
      closed_at = CASE WHEN @status = 'closed' THEN @at ELSE closed_at END,
      outcome = CASE WHEN @status = 'closed' THEN @outcome ELSE outcome END
    WHERE reference = @reference AND erased_at IS NULL AND status <> 'closed'`);
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
    if (erased) forgetKeys.run({ id: erased.id, reference });
    return erased !== undefined;
  });

  return {
    create: async (row, options) => {
      const result = /** @type {any} */ (create(row, options));
      if (result.created && options.key !== null) claims.delete(options.key);
      return result;
    },
    findById: async (id) => /** @type {any} */ (byId.get(id)),
    findByReference: async (reference) => /** @type {any} */ (byReference.get(reference)),
    publicStatus: async (references) =>
      references.map((reference) => /** @type {any} */ (statusOf.get(reference))).filter((row) => row !== undefined),
    list: async ({ organisationId = null, limit, offset }) => ({
      rows: /** @type {any[]} */ (page.all({ organisationId, limit, offset })),
      total: /** @type {number} */ (total.get({ organisationId })),
    }),
    count: async () => /** @type {number} */ (count.get()),
    assign: async (reference, organisationId, at) => assign.run({ reference, organisationId, at }).changes === 1,
    setStatus: async (reference, { status, at, outcome = null }) => setStatus.run({ reference, status, at, outcome }).changes === 1,
    erase: async (reference, at, reason) => eraseWithKey(reference, at, reason),
    erasureCandidates: async (receivedBefore) => /** @type {any[]} */ (candidates.all(receivedBefore)),
    personalFields: async () => /** @type {any[]} */ (personal.all()),
    updatePersonalFields: async (id, { area, payload }) => {
      updatePersonal.run({ id, area, payload });
    },
  };
}
