import { html } from '../views/html.mjs';
import { page } from '../views/layout.mjs';
import { nl } from '../views/messages/nl.mjs';

/**
 * GET /reach: the reach report as an accessible HTML page, one table per month, inside
 * the back office's frame (signed-in coordinators only). Its own words are English for
 * now (see the README); every value goes through the escaping template.
 */

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

/** @param {import('./aggregate.mjs').PartnerReach} row */
function sitesCell(row) {
  if (!row.sites.length) return 'none';
  return html`<ul>
${row.sites.map(({ site, views }) => html`<li>${site}: ${views}</li>
`)}</ul>`;
}

/** @param {import('./aggregate.mjs').PartnerReach} row */
function renderRow(row) {
  const num = (/** @type {unknown} */ value) => html`<td class="num">${value}</td>`;
  return html`<tr>
<th scope="row">${row.partner}</th>
${num(row.views)}
${num(formatSeconds(row.avgVisibleSeconds))}
${num(row.helplineClicks)}
${num(row.initiativeClicks)}
${num(formatRate(row.clickThroughRate))}
${num(row.reportsStarted)}
${num(`${row.reportsSent} (beacons: ${row.reportsSentBeacons})`)}
<td>${sitesCell(row)}</td>
</tr>
`;
}

const HANDLING_HEADINGS = ['Partner', 'Reports received', 'Contacted within 24 h', 'Share within 24 h', 'Median time to contact', 'Reached', 'Not reachable', 'Referred', 'No help wanted', 'Still open'];

/** @param {number | null} hours */
export function formatHours(hours) {
  if (hours === null) return 'no contact yet';
  return hours < 1 ? `${Math.round(hours * 60)} min` : `${hours} h`;
}

/** The council's figures for one partner and month. @param {import('./aggregate.mjs').PartnerReach} row */
function renderHandlingRow(row) {
  const num = (/** @type {unknown} */ value) => html`<td class="num">${value}</td>`;
  const { handling } = row;
  return html`<tr>
<th scope="row">${row.partner}</th>
${num(handling.received)}
${num(handling.contactedWithin24h)}
${num(handling.contactedWithin24hShare === null ? 'no reports' : `${Math.round(handling.contactedWithin24hShare * 1000) / 10} %`)}
${num(formatHours(handling.medianHoursToContact))}
${num(handling.outcomes.reached)}
${num(handling.outcomes['not-reachable'])}
${num(handling.outcomes.referred)}
${num(handling.outcomes['no-help-wanted'])}
${num(handling.open)}
</tr>
`;
}

/** @param {{ month: string, partners: import('./aggregate.mjs').PartnerReach[] }} month */
function renderHandling({ month, partners }) {
  const withReports = partners.filter((row) => row.handling.received > 0);
  if (!withReports.length) return '';
  return html`<div class="table-wrap"><table>
<caption>Follow-up of reports, ${monthLabel(month)} (${month})</caption>
<thead>
<tr>
${HANDLING_HEADINGS.map((heading) => html`<th scope="col">${heading}</th>
`)}</tr>
</thead>
<tbody>
${withReports.map(renderHandlingRow)}</tbody>
</table></div>
`;
}

/** @param {{ month: string, partners: import('./aggregate.mjs').PartnerReach[] }} month */
function renderMonth({ month, partners }) {
  return html`<div class="table-wrap"><table>
<caption>${monthLabel(month)} (${month})</caption>
<thead>
<tr>
${HEADINGS.map((heading) => html`<th scope="col">${heading}</th>
`)}</tr>
</thead>
<tbody>
${partners.map(renderRow)}</tbody>
</table></div>
${renderHandling({ month, partners })}`;
}

/**
 * @param {import('./aggregate.mjs').Reach} reach
 * @param {{ account: import('../store/contract.mjs').Account, csrfToken: string }} frame
 */
export function renderReach(reach, { account, csrfToken }) {
  const scope = reach.month ? ` for ${monthLabel(reach.month)}` : '';
  return page({
    title: nl.nav.reach,
    account,
    csrfToken,
    current: 'reach',
    content: html`<div lang="en">
<h1>Reach report${scope}</h1>
<p>Counted from the widget's opt-in beacons, per partner and calendar month (Europe/Brussels time).
No IP addresses, user agents, cookies or visitor identifiers are stored, so these are counts of events, not of people.</p>
<p>Average time visible uses the middle of each bucket (under 5 s counts as 2.5 s, 5–30 s as 17.5 s, 30 s–2 min as 75 s);
more than 2 minutes counts as 180 s, so the average is a lower bound.
Click-through rate is clicks to helplines and initiatives divided by views, and can pass 100 %.
Reports sent counts the reports this receiver stored; in brackets, how many the widgets reported as sent.</p>
<p>Follow-up answers the council: of the reports received (by month of receipt), how many a local actor contacted within
24 hours of receipt, the median time from receipt to contact, and how the closed ones ended. A report closed as reached,
referred or no help wanted without being marked contacted first counts as contacted when it was closed.</p>
${reach.months.length ? reach.months.map(renderMonth) : html`<p>No reach data yet.</p>`}
</div>`,
  });
}
