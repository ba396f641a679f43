/**
 * Reach events and their running counts. Every event is stored as a row (the record)
 * and added to `reach_counts` / `reach_sites` in the same transaction, so reading the
 * reach report costs the same with 500 or 500,000 events: intake is never slowed by it.
 */

/** The detail a count is split by, per event name (see reach/aggregate.mjs). */
const DETAIL_COLUMN = /** @type {const} */ ({ 'eh-visible': 'visible', 'eh-resource-click': 'resource_type', 'eh-route': 'route' });

/**
 * @param {import('better-sqlite3').Database} db
 * @returns {{ events: import('../contract.mjs').EventStore, reach: import('../contract.mjs').ReachStore }}
 */
export function sqliteEvents(db) {
  const insert = db.prepare(`
    INSERT INTO events (name, partner, lang, site, path, visible, kind, resource_type, results, route, month, received_at)
    VALUES (@name, @partner, @lang, @site, @path, @visible, @kind, @resource_type, @results, @route, @month, @received_at)`);
  const addCount = db.prepare(`
    INSERT INTO reach_counts (month, partner, name, detail, count) VALUES (@month, @partner, @name, @detail, 1)
    ON CONFLICT (month, partner, name, detail) DO UPDATE SET count = count + 1`);
  const addSiteView = db.prepare(`
    INSERT INTO reach_sites (month, partner, site, views) VALUES (@month, @partner, @site, 1)
    ON CONFLICT (month, partner, site) DO UPDATE SET views = views + 1`);
  const count = db.prepare(`SELECT COUNT(*) FROM events`).pluck();

  const store = db.transaction((/** @type {import('../../reach/event-payload.mjs').EventRow} */ event, /** @type {number} */ receivedAt, /** @type {string} */ month) => {
    insert.run({ ...event, month, received_at: receivedAt });
    const column = DETAIL_COLUMN[/** @type {keyof typeof DETAIL_COLUMN} */ (event.name)];
    const partner = event.partner ?? '';
    addCount.run({ month, partner, name: event.name, detail: column ? event[column] ?? '' : '' });
    if (event.name === 'eh-view') addSiteView.run({ month, partner, site: event.site });
  });

  const storeMany = db.transaction((/** @type {{ event: import('../../reach/event-payload.mjs').EventRow, receivedAt: number, month: string }[]} */ list) => {
    for (const { event, receivedAt, month } of list) store(event, receivedAt, month);
  });

  const forMonth = `(@month IS NULL OR month = @month)`;
  const eventCounts = db.prepare(`
    SELECT NULLIF(partner, '') AS partner, month,
      SUM(CASE WHEN name = 'eh-view' THEN count ELSE 0 END) AS views,
      SUM(CASE WHEN name = 'eh-resource-click' AND detail = 'helpline' THEN count ELSE 0 END) AS helplineClicks,
      SUM(CASE WHEN name = 'eh-resource-click' AND detail = 'initiative' THEN count ELSE 0 END) AS initiativeClicks,
      SUM(CASE WHEN name = 'eh-search' THEN count ELSE 0 END) AS searches,
      SUM(CASE WHEN name = 'eh-route' AND detail = 'self' THEN count ELSE 0 END) AS routeSelf,
      SUM(CASE WHEN name = 'eh-route' AND detail = 'other' THEN count ELSE 0 END) AS routeOther,
      SUM(CASE WHEN name = 'eh-report-start' THEN count ELSE 0 END) AS reportsStarted,
      SUM(CASE WHEN name = 'eh-report-success' THEN count ELSE 0 END) AS reportsSentBeacons
    FROM reach_counts WHERE ${forMonth} GROUP BY partner, month`);
  const visibleBuckets = db.prepare(`
    SELECT NULLIF(partner, '') AS partner, month, detail AS visible, count
    FROM reach_counts WHERE name = 'eh-visible' AND ${forMonth}`);
  const siteViews = db.prepare(`
    SELECT NULLIF(partner, '') AS partner, month, site, views
    FROM reach_sites WHERE ${forMonth} ORDER BY views DESC, site ASC`);
  const reportCounts = db.prepare(`
    SELECT partner, month, COUNT(*) AS reportsSent FROM reports WHERE ${forMonth} GROUP BY partner, month`);
  const handling = db.prepare(`
    SELECT partner, month, received_at, deadline_at, contacted_at, closed_at, status, outcome FROM reports WHERE ${forMonth}`);

  return {
    events: {
      insert: async (event, receivedAt, month) => {
        store(event, receivedAt, month);
      },
      insertMany: async (list) => {
        storeMany(list);
      },
      count: async () => /** @type {number} */ (count.get()),
    },
    reach: {
      eventCounts: async (month) => eventCounts.all({ month }),
      visibleBuckets: async (month) => visibleBuckets.all({ month }),
      siteViews: async (month) => siteViews.all({ month }),
      reportCounts: async (month) => reportCounts.all({ month }),
      handling: async (month) => /** @type {any[]} */ (handling.all({ month })),
    },
  };
}
