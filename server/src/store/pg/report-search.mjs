/**
 * The inbox's list in PostgreSQL: filters, the work order and a page at a time, with the
 * total, in SQL; as ../sqlite/report-search.mjs. See `search` and `partners` in
 * ../contract.mjs.
 *
 * The order splits in two halves, each read along its own partial index (migration 3) and
 * stopped at the page's end: the open reports (new, assigned) by deadline, soonest first
 * (so the overdue ones, whose deadline has passed, come first, most overdue on top), then
 * the others (contacted, closed), newest first; ties by received_at newest first, then
 * by reference, so pages never overlap or skip.
 */

const OPEN = `status IN ('new', 'assigned')`;
const DONE = `status IN ('contacted', 'closed')`;

const FILTERS = `($1::text IS NULL OR organisation_id = $1)
    AND (NOT $2::boolean OR organisation_id IS NULL)
    AND ($3::text[] IS NULL OR status = ANY ($3::text[]))
    AND ($4::text IS NULL OR partner = $4)
    AND ($5::bigint IS NULL OR (${OPEN} AND deadline_at < $5))
    AND ($6::bigint IS NULL OR received_at > $6)`;

/**
 * @param {import('./db.mjs').Db} db
 * @param {string} columns  the report row's columns
 * @returns {Pick<import('../contract.mjs').ReportStore, 'search' | 'partners'>}
 */
export function pgReportSearch(db, columns) {
  // $7: how many rows each half must give at most (offset + limit), $8 offset, $9 limit.
  const page = `
    SELECT ${columns} FROM (
      (SELECT ${columns}, 0 AS half FROM reports WHERE ${OPEN} AND ${FILTERS}
        ORDER BY deadline_at, received_at DESC, reference COLLATE "C" LIMIT $7)
      UNION ALL
      (SELECT ${columns}, 1 AS half FROM reports WHERE ${DONE} AND ${FILTERS}
        ORDER BY received_at DESC, reference COLLATE "C" LIMIT $7)
    ) AS both_halves
    ORDER BY half, CASE WHEN half = 0 THEN deadline_at END, received_at DESC, reference COLLATE "C"
    OFFSET $8 LIMIT $9`;

  return {
    search: async (query) => {
      const filters = [
        query.organisationId ?? null,
        query.unassigned === true,
        query.statuses ?? null,
        query.partner ?? null,
        query.overdueAt ?? null,
        query.receivedAfter ?? null,
      ];
      const [total, rows] = await Promise.all([
        db.query(`SELECT COUNT(*) AS total FROM reports WHERE ${FILTERS}`, filters),
        query.limit > 0 ? db.query(page, [...filters, query.offset + query.limit, query.offset, query.limit]).then((result) => result.rows) : Promise.resolve([]),
      ]);
      return { rows, total: total.rows[0].total };
    },
    partners: async (organisationId) =>
      (
        await db.query(
          `SELECT DISTINCT partner COLLATE "C" AS partner FROM reports WHERE partner IS NOT NULL AND ($1::text IS NULL OR organisation_id = $1) ORDER BY 1`,
          [organisationId ?? null],
        )
      ).rows.map((/** @type {any} */ row) => row.partner),
  };
}
