import { summariseHandling } from './handling.mjs';
import { TIME_ZONE } from './month.mjs';

/**
 * Reach per partner and month, from the running event counts (beacons) and the reports
 * table (reports the receiver really stored). Served to signed-in coordinators only.
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
 * @property {import('./handling.mjs').Handling} handling  the council's figures: contacted within 24 h, median time to contact, outcomes
 */

/**
 * @typedef {object} Reach
 * @property {string} generatedAt ISO time
 * @property {string} timeZone the zone months are counted in
 * @property {string | null} month the ?month filter, or null for all months
 * @property {Record<string, number>} visibleSecondsPerBucket
 * @property {{ month: string, partners: PartnerReach[] }[]} months newest month first; partners by views, then reports sent, then name
 */

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
    /** @type {{ received_at: number, contacted_at: number | null, closed_at: number | null, status: string, outcome: string | null }[]} */
    reports: [],
  };
}

/** @param {number} value @param {number} decimals */
const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Build the reach report.
 * @param {import('../store/contract.mjs').ReachStore} store
 * @param {string | null} month 'YYYY-MM' or null for every month
 * @param {number} now
 * @returns {Promise<Reach>}
 */
export async function buildReach(store, month, now) {
  /** @type {Map<string, ReturnType<typeof emptyReach>>} */
  const groups = new Map();
  /** @param {{ partner: string | null, month: string }} row */
  const group = (row) => {
    const key = JSON.stringify([row.partner, row.month]);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = emptyReach(row.partner, row.month)));
    return entry;
  };

  for (const row of await store.eventCounts(month)) {
    const entry = group(row);
    entry.views = row.views;
    entry.helplineClicks = row.helplineClicks;
    entry.initiativeClicks = row.initiativeClicks;
    entry.searches = row.searches;
    entry.routes = { self: row.routeSelf, other: row.routeOther };
    entry.reportsStarted = row.reportsStarted;
    entry.reportsSentBeacons = row.reportsSentBeacons;
  }
  for (const row of await store.visibleBuckets(month)) {
    const entry = group(row);
    entry.visibleSeconds += (VISIBLE_SECONDS[/** @type {keyof typeof VISIBLE_SECONDS} */ (row.visible)] ?? 0) * row.count;
    entry.visibleSamples += row.count;
  }
  for (const row of await store.siteViews(month)) {
    const entry = group(row);
    if (entry.sites.length < TOP_SITES) entry.sites.push({ site: row.site, views: row.views });
  }
  for (const row of await store.reportCounts(month)) group(row).reportsSent = row.reportsSent;
  for (const row of await store.handling(month)) group(row).reports.push(row);

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
    handling: summariseHandling(entry.reports),
  };
}

/** @param {PartnerReach} a @param {PartnerReach} b */
function byReach(a, b) {
  return b.views - a.views || b.reportsSent - a.reportsSent || a.partner.localeCompare(b.partner);
}
