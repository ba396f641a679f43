/**
 * The inbox's list in PostgreSQL: filters, the work order and a page at a time, with the
 * total, in SQL (indexes on status and deadline, organisation, partner); as
 * ../sqlite/report-search.mjs. See `search` and `partners` in ../contract.mjs.
 */

const OPEN = `status IN ('new', 'assigned')`;

const WHERE = `
  WHERE ($1::text IS NULL OR organisation_id = $1)
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
      const [total, page] = await Promise.all([
        db.query(`SELECT COUNT(*) AS total FROM reports ${WHERE}`, filters),
        query.limit > 0
          ? db.query(
              `SELECT ${columns} FROM reports ${WHERE}
               ORDER BY
                 CASE WHEN ${OPEN} AND deadline_at < $7 THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END,
                 CASE WHEN ${OPEN} THEN deadline_at END ASC,
                 received_at DESC,
                 reference COLLATE "C" ASC
               LIMIT $8 OFFSET $9`,
              [...filters, query.now, query.limit, query.offset],
            )
          : Promise.resolve({ rows: [] }),
      ]);
      return { rows: page.rows, total: total.rows[0].total };
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
