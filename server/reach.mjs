import { sendJson, sendText } from './http-util.mjs';
import { MONTH_PATTERN, TIME_ZONE, brusselsMonth } from './month.mjs';
import { REACH_PAGE_HEADERS, renderReach } from './reach-page.mjs';

/**
 * Reach per partner and month, from the events table (beacons) and the reports table
 * (reports the receiver really stored). Read-only, like the inbox, and without a login
 * for now: put the receiver behind the city's network or a proxy with auth in production.
 * Only counts leave this file, never a single event.
 */

/**
 * Seconds each eh-visible bucket counts for: the middle of the bucket. '>2m' has no
 * upper end and counts as 180 s, so an average with long visits is a lower bound.
 */
export const VISIBLE_SECONDS = Object.freeze({ '<5s': 2.5, '5-30s': 17.5, '30s-2m': 75, '>2m': 180 });
export const NO_PARTNER = '(none)';
export const TOP_SITES = 10;

/**
 * @typedef {object} PartnerReach
 * @property {string} partner the partner attribute, or '(none)'
 * @property {string} month 'YYYY-MM', Europe/Brussels
 * @property {number} views eh-view events
 * @property {number | null} avgVisibleSeconds mean of the eh-visible bucket midpoints (1 decimal); null without eh-visible events
 * @property {number} visibleSamples how many eh-visible events that mean is based on
 * @property {number} helplineClicks eh-resource-click with resourceType helpline
 * @property {number} initiativeClicks eh-resource-click with resourceType initiative
 * @property {number | null} clickThroughRate (helplineClicks + initiativeClicks) / views, 4 decimals; can pass 1; null when views is 0
 * @property {number} searches eh-search events
 * @property {{ self: number, other: number }} routes eh-route events by route
 * @property {number} reportsStarted eh-report-start events
 * @property {number} reportsSent rows in the reports table (what the coordinator really got)
 * @property {number} reportsSentBeacons eh-report-success events (what the widgets say they sent)
 * @property {{ site: string, views: number }[]} sites up to 10 sites by eh-view count, most first
 */

/**
 * @typedef {object} Reach
 * @property {string} generatedAt ISO time
 * @property {string} timeZone the zone months are counted in
 * @property {string | null} month the ?month filter, or null for all months
 * @property {Record<string, number>} visibleSecondsPerBucket
 * @property {{ month: string, partners: PartnerReach[] }[]} months newest month first; partners by views, then reports sent, then name
 */

/**
 * Prepared statements for the reach report.
 * @param {import('better-sqlite3').Database} db
 */
export function reachStore(db) {
  // reports.received_at is epoch ms; SQLite has no time zones, so JS does the month.
  db.function('brussels_month', { deterministic: true }, (/** @type {number} */ ms) => brusselsMonth(Number(ms)));
  const forMonth = `(@month IS NULL OR month = @month)`;
  const eventCounts = db.prepare(`
    SELECT partner, month,
      COUNT(*) FILTER (WHERE name = 'eh-view') AS views,
      COUNT(*) FILTER (WHERE name = 'eh-resource-click' AND resource_type = 'helpline') AS helplineClicks,
      COUNT(*) FILTER (WHERE name = 'eh-resource-click' AND resource_type = 'initiative') AS initiativeClicks,
      COUNT(*) FILTER (WHERE name = 'eh-search') AS searches,
      COUNT(*) FILTER (WHERE name = 'eh-route' AND route = 'self') AS routeSelf,
      COUNT(*) FILTER (WHERE name = 'eh-route' AND route = 'other') AS routeOther,
      COUNT(*) FILTER (WHERE name = 'eh-report-start') AS reportsStarted,
      COUNT(*) FILTER (WHERE name = 'eh-report-success') AS reportsSentBeacons
    FROM events WHERE ${forMonth} GROUP BY partner, month`);
  const visibleBuckets = db.prepare(`
    SELECT partner, month, visible, COUNT(*) AS count
    FROM events WHERE name = 'eh-visible' AND ${forMonth} GROUP BY partner, month, visible`);
  const siteViews = db.prepare(`
    SELECT partner, month, site, COUNT(*) AS views
    FROM events WHERE name = 'eh-view' AND ${forMonth} GROUP BY partner, month, site
    ORDER BY views DESC, site ASC`);
  const reportCounts = db.prepare(`
    SELECT partner, month, COUNT(*) AS reportsSent
    FROM (SELECT partner, brussels_month(received_at) AS month FROM reports) WHERE ${forMonth}
    GROUP BY partner, month`);
  return {
    /** @param {string | null} month @returns {any[]} */
    eventCounts: (month) => eventCounts.all({ month }),
    /** @param {string | null} month @returns {any[]} */
    visibleBuckets: (month) => visibleBuckets.all({ month }),
    /** @param {string | null} month @returns {any[]} */
    siteViews: (month) => siteViews.all({ month }),
    /** @param {string | null} month @returns {any[]} */
    reportCounts: (month) => reportCounts.all({ month }),
  };
}

/** @param {string | null} partner @param {string} month */
function emptyReach(partner, month) {
  return {
    partner: partner ?? NO_PARTNER,
    month,
    views: 0,
    visibleSeconds: 0,
    visibleSamples: 0,
    helplineClicks: 0,
    initiativeClicks: 0,
    searches: 0,
    routes: { self: 0, other: 0 },
    reportsStarted: 0,
    reportsSent: 0,
    reportsSentBeacons: 0,
    /** @type {{ site: string, views: number }[]} */
    sites: [],
  };
}

/** @param {number} value @param {number} decimals */
const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Build the reach report.
 * @param {ReturnType<typeof reachStore>} store
 * @param {string | null} month 'YYYY-MM' or null for every month
 * @param {number} now
 * @returns {Reach}
 */
export function buildReach(store, month, now) {
  /** @type {Map<string, ReturnType<typeof emptyReach>>} */
  const groups = new Map();
  /** @param {{ partner: string | null, month: string }} row */
  const group = (row) => {
    const key = JSON.stringify([row.partner, row.month]);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = emptyReach(row.partner, row.month)));
    return entry;
  };

  for (const row of store.eventCounts(month)) {
    const entry = group(row);
    entry.views = row.views;
    entry.helplineClicks = row.helplineClicks;
    entry.initiativeClicks = row.initiativeClicks;
    entry.searches = row.searches;
    entry.routes = { self: row.routeSelf, other: row.routeOther };
    entry.reportsStarted = row.reportsStarted;
    entry.reportsSentBeacons = row.reportsSentBeacons;
  }
  for (const row of store.visibleBuckets(month)) {
    const entry = group(row);
    entry.visibleSeconds += (VISIBLE_SECONDS[/** @type {keyof typeof VISIBLE_SECONDS} */ (row.visible)] ?? 0) * row.count;
    entry.visibleSamples += row.count;
  }
  for (const row of store.siteViews(month)) {
    const entry = group(row);
    if (entry.sites.length < TOP_SITES) entry.sites.push({ site: row.site, views: row.views });
  }
  for (const row of store.reportCounts(month)) group(row).reportsSent = row.reportsSent;

  /** @type {Map<string, PartnerReach[]>} */
  const byMonth = new Map();
  for (const entry of groups.values()) {
    const list = byMonth.get(entry.month) ?? [];
    list.push(finish(entry));
    byMonth.set(entry.month, list);
  }
  const months = [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, partners]) => ({ month: key, partners: partners.sort(byReach) }));
  return {
    generatedAt: new Date(now).toISOString(),
    timeZone: TIME_ZONE,
    month,
    visibleSecondsPerBucket: { ...VISIBLE_SECONDS },
    months,
  };
}

/**
 * Turn running sums into the published numbers, in a fixed key order.
 * @param {ReturnType<typeof emptyReach>} entry
 * @returns {PartnerReach}
 */
function finish(entry) {
  const clicks = entry.helplineClicks + entry.initiativeClicks;
  return {
    partner: entry.partner,
    month: entry.month,
    views: entry.views,
    avgVisibleSeconds: entry.visibleSamples ? round(entry.visibleSeconds / entry.visibleSamples, 1) : null,
    visibleSamples: entry.visibleSamples,
    helplineClicks: entry.helplineClicks,
    initiativeClicks: entry.initiativeClicks,
    clickThroughRate: entry.views ? round(clicks / entry.views, 4) : null,
    searches: entry.searches,
    routes: entry.routes,
    reportsStarted: entry.reportsStarted,
    reportsSent: entry.reportsSent,
    reportsSentBeacons: entry.reportsSentBeacons,
    sites: entry.sites,
  };
}

/** @param {PartnerReach} a @param {PartnerReach} b */
function byReach(a, b) {
  return b.views - a.views || b.reportsSent - a.reportsSent || a.partner.localeCompare(b.partner);
}

/**
 * GET /reach (HTML) and GET /reach.json, both with an optional ?month=YYYY-MM.
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {'html' | 'json'} format
 */
export function handleReach(ctx, req, res, format) {
  const month = new URL(req.url ?? '/', 'http://receiver.invalid').searchParams.get('month');
  if (month !== null && !MONTH_PATTERN.test(month)) return sendJson(res, 400, { error: 'invalid-month' });
  const reach = buildReach(ctx.reach, month, ctx.now());
  if (format === 'json') return sendJson(res, 200, reach);
  sendText(res, 200, 'text/html; charset=utf-8', renderReach(reach), REACH_PAGE_HEADERS);
}
