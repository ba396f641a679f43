/**
 * The inbox's list: filters, the work order and a page at a time, with the total, in
 * SQL, never by loading every report. See `search` and `partners` in ../contract.mjs.
 *
 * The order splits in two, each read along its own index and stopped at the page's end:
 * the open reports (new, assigned) by deadline, soonest first (so the overdue ones, whose
 * deadline has passed, come first, most overdue on top), then the others (contacted,
 * closed), newest first. Only the filters asked for go into the query, so SQLite can use
 * the organisation and partner indexes too.
 */

const OPEN = `status IN ('new', 'assigned')`;
const DONE = `status IN ('contacted', 'closed')`;

/**
 * The WHERE terms and parameters for a query's filters.
 * @param {import('../contract.mjs').ReportQuery} query
 */
function conditions(query) {
  /** @type {string[]} */
  const terms = [];
  /** @type {Record<string, unknown>} */
  const params = {};
  if (query.organisationId) {
    terms.push('organisation_id = @organisationId');
    params.organisationId = query.organisationId;
  }
  if (query.unassigned) terms.push('organisation_id IS NULL');
  if (query.statuses) {
    const names = query.statuses.map((_, index) => `@status${index}`);
    terms.push(names.length ? `status IN (${names.join(', ')})` : '0');
    query.statuses.forEach((status, index) => {
      params[`status${index}`] = status;
    });
  }
  if (query.partner) {
    terms.push('partner = @partner');
    params.partner = query.partner;
  }
  if (typeof query.overdueAt === 'number') {
    terms.push(`${OPEN} AND deadline_at < @overdueAt`);
    params.overdueAt = query.overdueAt;
  }
  if (typeof query.receivedAfter === 'number') {
    terms.push('received_at > @receivedAfter');
    params.receivedAfter = query.receivedAfter;
  }
  return { terms, params };
}

/** @param {string[]} terms */
const where = (terms) => (terms.length ? `WHERE ${terms.map((term) => `(${term})`).join(' AND ')}` : '');

/**
 * @param {import('better-sqlite3').Database} db
 * @returns {Pick<import('../contract.mjs').ReportStore, 'search' | 'partners'>}
 */
export function sqliteReportSearch(db) {
  /** Prepared statements by their SQL: a handful of filter combinations in practice. @type {Map<string, import('better-sqlite3').Statement>} */
  const statements = new Map();
  /** @param {string} sql */
  const prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size < 200) statements.set(sql, statement);
    }
    return statement;
  };
  const partners = db.prepare(`
    SELECT DISTINCT partner FROM reports
    WHERE partner IS NOT NULL AND (@organisationId IS NULL OR organisation_id = @organisationId)
    ORDER BY partner`).pluck();

  return {
    search: async (query) => {
      const { terms, params } = conditions(query);
      const total = /** @type {number} */ (prepare(`SELECT COUNT(*) FROM reports ${where(terms)}`).pluck().get(params));
      if (query.limit <= 0 || query.offset >= total) return { rows: [], total };
      const openTerms = [...terms, OPEN];
      const openTotal = /** @type {number} */ (prepare(`SELECT COUNT(*) FROM reports ${where(openTerms)}`).pluck().get(params));
      /** @type {any[]} */
      const rows = [];
      if (query.offset < openTotal) {
        rows.push(
          ...prepare(`SELECT * FROM reports ${where(openTerms)} ORDER BY deadline_at ASC, received_at DESC, reference ASC LIMIT @limit OFFSET @offset`).all({
            ...params,
            limit: query.limit,
            offset: query.offset,
          }),
        );
      }
      const left = query.limit - rows.length;
      if (left > 0) {
        rows.push(
          ...prepare(`SELECT * FROM reports ${where([...terms, DONE])} ORDER BY received_at DESC, reference ASC LIMIT @limit OFFSET @offset`).all({
            ...params,
            limit: left,
            offset: Math.max(0, query.offset - openTotal),
          }),
        );
      }
      return { rows, total };
    },
    partners: async (organisationId) => /** @type {string[]} */ (partners.all({ organisationId: organisationId ?? null })),
  };
}
