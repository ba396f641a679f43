/**
 * Reach events and their running counts in PostgreSQL, as ../sqlite/events.mjs: every
 * event is a row and is added to `reach_counts` / `reach_sites` in the same transaction.
 */

const DETAIL_COLUMN = /** @type {const} */ ({ 'eh-visible': 'visible', 'eh-resource-click': 'resource_type', 'eh-route': 'route' });
const EVENT_COLUMNS = ['name', 'partner', 'lang', 'site', 'path', 'visible', 'kind', 'resource_type', 'results', 'route', 'month', 'received_at'];
const ROWS_PER_STATEMENT = 1000;

/**
 * One statement for many events: the rows, then their counts added up per key.
 * @param {import('./db.mjs').Queryable} client
 * @param {{ event: import('../../reach/event-payload.mjs').EventRow, receivedAt: number, month: string }[]} list
 */
async function storeEvents(client, list) {
  /** @type {unknown[]} */
  const values = [];
  const tuples = list.map(({ event, receivedAt, month }) => {
    const row = /** @type {Record<string, unknown>} */ ({ ...event, month, received_at: receivedAt });
    const start = values.length;
    for (const column of EVENT_COLUMNS) values.push(row[column] ?? null);
    return `(${EVENT_COLUMNS.map((_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  await client.query(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);

  /** @type {Map<string, { month: string, partner: string, name: string, detail: string, count: number }>} */
  const counts = new Map();
  /** @type {Map<string, { month: string, partner: string, site: string, views: number }>} */
  const sites = new Map();
  for (const { event, month } of list) {
    const column = DETAIL_COLUMN[/** @type {keyof typeof DETAIL_COLUMN} */ (event.name)];
    const partner = event.partner ?? '';
    const detail = column ? /** @type {string | null} */ (event[column]) ?? '' : '';
    const countKey = JSON.stringify([month, partner, event.name, detail]);
    const count = counts.get(countKey) ?? { month, partner, name: event.name, detail, count: 0 };
    count.count += 1;
    counts.set(countKey, count);
    if (event.name === 'eh-view') {
      const siteKey = JSON.stringify([month, partner, event.site]);
      const site = sites.get(siteKey) ?? { month, partner, site: event.site, views: 0 };
      site.views += 1;
      sites.set(siteKey, site);
    }
  }
  // Sorted keys: two receivers adding to the same counts lock the rows in the same order (no deadlock).
  const sortedCounts = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value);
  await client.query(
    `INSERT INTO reach_counts (month, partner, name, detail, count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
     ON CONFLICT (month, partner, name, detail) DO UPDATE SET count = reach_counts.count + EXCLUDED.count`,
    ['month', 'partner', 'name', 'detail', 'count'].map((field) => sortedCounts.map((row) => /** @type {any} */ (row)[field])),
  );
  if (sites.size > 0) {
    const sortedSites = [...sites.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value);
    await client.query(
      `INSERT INTO reach_sites (month, partner, site, views)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
       ON CONFLICT (month, partner, site) DO UPDATE SET views = reach_sites.views + EXCLUDED.views`,
      ['month', 'partner', 'site', 'views'].map((field) => sortedSites.map((row) => /** @type {any} */ (row)[field])),
    );
  }
}

/**
 * @param {import('./db.mjs').Db} db
 * @returns {{ events: import('../contract.mjs').EventStore, reach: import('../contract.mjs').ReachStore }}
 */
export function pgEvents(db) {
  const forMonth = `($1::text IS NULL OR month = $1)`;
  return {
    events: {
      insert: (event, receivedAt, month) => db.transaction((client) => storeEvents(client, [{ event, receivedAt, month }])),
      insertMany: (list) =>
        db.transaction(async (client) => {
          for (let start = 0; start < list.length; start += ROWS_PER_STATEMENT) await storeEvents(client, list.slice(start, start + ROWS_PER_STATEMENT));
        }),
      count: async () => (await db.query(`SELECT COUNT(*) AS count FROM events`)).rows[0].count,
    },
    reach: {
      eventCounts: async (month) =>
        (
          await db.query(
            `SELECT NULLIF(partner, '') AS partner, month,
               SUM(CASE WHEN name = 'eh-view' THEN count ELSE 0 END) AS views,
               SUM(CASE WHEN name = 'eh-resource-click' AND detail = 'helpline' THEN count ELSE 0 END) AS "helplineClicks",
               SUM(CASE WHEN name = 'eh-resource-click' AND detail = 'initiative' THEN count ELSE 0 END) AS "initiativeClicks",
               SUM(CASE WHEN name = 'eh-search' THEN count ELSE 0 END) AS searches,
               SUM(CASE WHEN name = 'eh-route' AND detail = 'self' THEN count ELSE 0 END) AS "routeSelf",
               SUM(CASE WHEN name = 'eh-route' AND detail = 'other' THEN count ELSE 0 END) AS "routeOther",
               SUM(CASE WHEN name = 'eh-report-start' THEN count ELSE 0 END) AS "reportsStarted",
               SUM(CASE WHEN name = 'eh-report-success' THEN count ELSE 0 END) AS "reportsSentBeacons"
             FROM reach_counts WHERE ${forMonth} GROUP BY partner, month`,
            [month],
          )
        ).rows,
      visibleBuckets: async (month) =>
        (await db.query(`SELECT NULLIF(partner, '') AS partner, month, detail AS visible, count FROM reach_counts WHERE name = 'eh-visible' AND ${forMonth}`, [month])).rows,
      siteViews: async (month) =>
        (await db.query(`SELECT NULLIF(partner, '') AS partner, month, site, views FROM reach_sites WHERE ${forMonth} ORDER BY views DESC, site COLLATE "C" ASC`, [month])).rows,
      reportCounts: async (month) =>
        (await db.query(`SELECT partner, month, COUNT(*) AS "reportsSent" FROM reports WHERE ${forMonth} GROUP BY partner, month`, [month])).rows,
      handling: async (month) =>
        (await db.query(`SELECT partner, month, received_at, deadline_at, contacted_at, closed_at, status, outcome FROM reports WHERE ${forMonth}`, [month])).rows,
    },
  };
}
