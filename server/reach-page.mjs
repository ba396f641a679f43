import { escapeHtml, pageHeaders } from './html.mjs';

/**
 * GET /reach: the reach report as an accessible HTML page, one table per month.
 * Same rules as the inbox page: every value goes through escapeHtml, one inline style
 * element allowed by hash, no script at all (see html.mjs).
 */

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1rem; color: #1a1a1a; background: #fff; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
caption { text-align: left; font-weight: 700; font-size: 1.2rem; padding: 0.5rem 0; }
th, td { border: 1px solid #767676; padding: 0.4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul { margin: 0; padding-left: 1.2rem; }
`;
export const REACH_PAGE_HEADERS = pageHeaders(STYLE);

const HEADINGS = [
  'Partner',
  'Views',
  'Avg. time visible',
  'Clicks to helplines',
  'Clicks to initiatives',
  'Click-through rate',
  'Reports started',
  'Reports sent',
  'Top sites',
];

const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** 'November 2026' for '2026-11'. @param {string} month */
export function monthLabel(month) {
  const [year, number] = month.split('-').map(Number);
  return monthName.format(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1));
}

/** @param {number | null} seconds */
export function formatSeconds(seconds) {
  if (seconds === null) return 'no data';
  if (seconds < 60) return `${seconds} s`;
  const whole = Math.round(seconds);
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/** @param {number | null} rate */
export function formatRate(rate) {
  return rate === null ? 'no views' : `${Math.round(rate * 1000) / 10} %`;
}

/** @param {import('./reach.mjs').PartnerReach} row */
function sitesCell(row) {
  if (!row.sites.length) return 'none';
  const items = row.sites.map(({ site, views }) => `<li>${escapeHtml(site)}: ${escapeHtml(views)}</li>`);
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/** @param {import('./reach.mjs').PartnerReach} row */
function renderRow(row) {
  const num = (/** @type {unknown} */ value) => `<td class="num">${escapeHtml(value)}</td>`;
  return `<tr>
<th scope="row">${escapeHtml(row.partner)}</th>
${num(row.views)}
${num(formatSeconds(row.avgVisibleSeconds))}
${num(row.helplineClicks)}
${num(row.initiativeClicks)}
${num(formatRate(row.clickThroughRate))}
${num(row.reportsStarted)}
${num(`${row.reportsSent} (beacons: ${row.reportsSentBeacons})`)}
<td>${sitesCell(row)}</td>
</tr>`;
}

/** @param {{ month: string, partners: import('./reach.mjs').PartnerReach[] }} month */
function renderMonth({ month, partners }) {
  return `<table>
<caption>${escapeHtml(monthLabel(month))} (${escapeHtml(month)})</caption>
<thead>
<tr>
${HEADINGS.map((heading) => `<th scope="col">${heading}</th>`).join('\n')}
</tr>
</thead>
<tbody>
${partners.map(renderRow).join('\n')}
</tbody>
</table>`;
}

/**
 * @param {import('./reach.mjs').Reach} reach
 */
export function renderReach(reach) {
  const tables = reach.months.length ? reach.months.map(renderMonth).join('\n') : '<p>No reach data yet.</p>';
  const scope = reach.month ? ` for ${escapeHtml(monthLabel(reach.month))}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reach report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Reach report${scope}</h1>
<p>Counted from the widget's opt-in beacons, per partner and calendar month (Europe/Brussels time).
No IP addresses, user agents, cookies or visitor identifiers are stored, so these are counts of events, not of people.</p>
<p>Average time visible uses the middle of each bucket (under 5 s counts as 2.5 s, 5–30 s as 17.5 s, 30 s–2 min as 75 s);
more than 2 minutes counts as 180 s, so the average is a lower bound.
Click-through rate is clicks to helplines and initiatives divided by views, and can pass 100 %.
Reports sent counts the reports this receiver stored; in brackets, how many the widgets reported as sent.</p>
${tables}
</main>
</body>
</html>
`;
}
