/**
 * The inbox's list: filters, the work order and a page at a time, with the total, in
 * SQL (indexes on status and deadline, organisation, partner), never by loading every
 * report. See `search` and `partners` in ../contract.mjs.
 */

/** Open reports: the 24-hour clock runs for these. */
const OPEN = `status IN ('new', 'assigned')`;
/** When contact is due (received + 24 h, set on arrival). */
const DEADLINE = `deadline_at`;

const WHERE = `
  WHERE (@organisationId IS NULL OR organisation_id = @organisationId)
    AND (@unassigned = 0 OR organisation_id IS NULL)
    AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
    AND (@partner IS NULL OR partner = @partner)
    AND (@overdueAt IS NULL OR (${OPEN} AND ${DEADLINE} < @overdueAt))
    AND (@receivedAfter IS NULL OR received_at > @receivedAfter)`;

/**
 * @param {import('better-sqlite3').Database} db
 * @returns {Pick<import('../contract.mjs').ReportStore, 'search' | 'partners'>}
 */
export function sqliteReportSearch(db) {
  const page = db.prepare(`
    SELECT * FROM reports ${WHERE}
    ORDER BY
      CASE WHEN ${OPEN} AND ${DEADLINE} < @now THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END,
      CASE WHEN ${OPEN} THEN ${DEADLINE} END ASC,
      received_at DESC,
      reference ASC
    LIMIT @limit OFFSET @offset`);
  const total = db.prepare(`SELECT COUNT(*) FROM reports ${WHERE}`).pluck();
  const partners = db.prepare(`
    SELECT DISTINCT partner FROM reports
    WHERE partner IS NOT NULL AND (@organisationId IS NULL OR organisation_id = @organisationId)
    ORDER BY partner`).pluck();

  return {
    search: async (query) => {
      const parameters = {
        organisationId: query.organisationId ?? null,
        unassigned: query.unassigned ? 1 : 0,
        statuses: query.statuses ? JSON.stringify(query.statuses) : null,
        partner: query.partner ?? null,
        overdueAt: query.overdueAt ?? null,
        receivedAfter: query.receivedAfter ?? null,
      };
      const count = /** @type {number} */ (total.get(parameters));
      const rows = query.limit > 0 ? /** @type {any[]} */ (page.all({ ...parameters, now: query.now, limit: query.limit, offset: query.offset })) : [];
      return { rows, total: count };
    },
    partners: async (organisationId) => /** @type {string[]} */ (partners.all({ organisationId: organisationId ?? null })),
  };
}
