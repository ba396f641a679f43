import { formatMonth } from '../views/format.mjs';
import { html } from '../views/html.mjs';
import { page } from '../views/layout.mjs';
import { messagesFor } from '../views/messages/index.mjs';

/**
 * GET /reach: the reach report as an accessible HTML page, one table per month, in the
 * back office's frame, design and language (signed-in coordinators only). Tables
 * reflow into one block per partner on a narrow screen. Every value goes through the
 * escaping template.
 */

const NUMBER_LOCALES = /** @type {Record<string, string>} */ ({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' });
/** @param {string} lang */
const numberFormat = (lang) => new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? 'nl-BE', { maximumFractionDigits: 1 });

/** 'November 2026' for '2026-11' (in the page's language). @param {string} month @param {string} [lang] */
export function monthLabel(month, lang = 'en') {
  const text = formatMonth(month, lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** @param {number | null} seconds @param {string} [lang] */
export function formatSeconds(seconds, lang = 'en') {
  const r = messagesFor(lang).reach;
  if (seconds === null) return r.noTime;
  if (seconds < 60) return r.seconds(/** @type {any} */ (numberFormat(lang).format(seconds)));
  const whole = Math.round(seconds);
  return r.minutes(Math.floor(whole / 60), whole % 60);
}

/** @param {number | null} rate @param {string} [lang] */
export function formatRate(rate, lang = 'en') {
  return rate === null ? messagesFor(lang).reach.noViews : `${numberFormat(lang).format(Math.round(rate * 1000) / 10)} %`;
}

/** @param {import('./aggregate.mjs').PartnerReach} row @param {string} lang */
function sitesCell(row, lang) {
  const r = messagesFor(lang).reach;
  if (!row.sites.length) return r.noSites;
  return html`<ul>
${row.sites.map(({ site, views }) => html`<li>${r.siteViews(site, views)}</li>
`)}</ul>`;
}

/** @param {import('./aggregate.mjs').PartnerReach} row @param {string} lang */
function renderRow(row, lang) {
  const r = messagesFor(lang).reach;
  const c = r.columns;
  const num = (/** @type {string} */ heading, /** @type {unknown} */ value) => html`<td class="num" data-label="${heading}">${value}</td>`;
  return html`<tr>
<th scope="row" data-label="${c.partner}">${row.partner}</th>
${num(c.views, row.views)}
${num(c.visible, formatSeconds(row.avgVisibleSeconds, lang))}
${num(c.helplineClicks, row.helplineClicks)}
${num(c.initiativeClicks, row.initiativeClicks)}
${num(c.clickThrough, formatRate(row.clickThroughRate, lang))}
${num(c.reportsStarted, row.reportsStarted)}
${num(c.reportsSent, r.sent(row.reportsSent, row.reportsSentBeacons))}
<td data-label="${c.sites}">${sitesCell(row, lang)}</td>
</tr>
`;
}

/** A duration in hours, as the council reads it. @param {number | null} hours @param {string} [lang] */
export function formatHours(hours, lang = 'en') {
  const h = messagesFor(lang).reach.handling;
  if (hours === null) return h.noContact;
  return hours < 1 ? h.minutes(Math.round(hours * 60)) : h.hours(numberFormat(lang).format(hours));
}

/** The council's figures for one partner and month. @param {import('./aggregate.mjs').PartnerReach} row @param {string} lang */
function renderHandlingRow(row, lang) {
  const h = messagesFor(lang).reach.handling;
  const c = h.columns;
  const num = (/** @type {string} */ heading, /** @type {unknown} */ value) => html`<td class="num" data-label="${heading}">${value}</td>`;
  const { handling } = row;
  return html`<tr>
<th scope="row" data-label="${c.partner}">${row.partner}</th>
${num(c.received, handling.received)}
${num(c.contactedWithin24h, handling.contactedWithin24h)}
${num(c.share, handling.contactedWithin24hShare === null ? h.noReports : `${numberFormat(lang).format(Math.round(handling.contactedWithin24hShare * 1000) / 10)} %`)}
${num(c.median, formatHours(handling.medianHoursToContact, lang))}
${num(c.reached, handling.outcomes.reached)}
${num(c.notReachable, handling.outcomes['not-reachable'])}
${num(c.referred, handling.outcomes.referred)}
${num(c.noHelpWanted, handling.outcomes['no-help-wanted'])}
${num(c.open, handling.open)}
</tr>
`;
}

/** @param {{ month: string, partners: import('./aggregate.mjs').PartnerReach[] }} month @param {string} lang */
function renderHandling({ month, partners }, lang) {
  const h = messagesFor(lang).reach.handling;
  const c = h.columns;
  const withReports = partners.filter((row) => row.handling.received > 0);
  if (!withReports.length) return '';
  return html`<table class="reflow">
<caption>${h.caption(formatMonth(month, lang))} (${month})</caption>
<thead>
<tr>
${[c.partner, c.received, c.contactedWithin24h, c.share, c.median, c.reached, c.notReachable, c.referred, c.noHelpWanted, c.open].map(
    (heading) => html`<th scope="col">${heading}</th>
`,
  )}</tr>
</thead>
<tbody>
${withReports.map((row) => renderHandlingRow(row, lang))}</tbody>
</table>
`;
}

/** @param {{ month: string, partners: import('./aggregate.mjs').PartnerReach[] }} month @param {string} lang */
function renderMonth({ month, partners }, lang) {
  const c = messagesFor(lang).reach.columns;
  return html`<table class="reflow">
<caption>${monthLabel(month, lang)} (${month})</caption>
<thead>
<tr>
${[c.partner, c.views, c.visible, c.helplineClicks, c.initiativeClicks, c.clickThrough, c.reportsStarted, c.reportsSent, c.sites].map(
    (heading) => html`<th scope="col">${heading}</th>
`,
  )}</tr>
</thead>
<tbody>
${partners.map((row) => renderRow(row, lang))}</tbody>
</table>
${renderHandling({ month, partners }, lang)}`;
}

/**
 * @param {import('./aggregate.mjs').Reach} reach
 * @param {{ account: import('../store/contract.mjs').Account, csrfToken: string, lang?: string, path?: string }} frame
 */
export function renderReach(reach, { account, csrfToken, lang = 'nl', path }) {
  const t = messagesFor(lang);
  const title = reach.month ? t.reach.titleMonth(formatMonth(reach.month, lang)) : t.reach.title;
  return page({
    title,
    account,
    csrfToken,
    lang,
    path,
    current: 'reach',
    content: html`<h1>${title}</h1>
${t.reach.intro.map((paragraph) => html`<p>${paragraph}</p>
`)}${reach.months.length ? reach.months.map((month) => renderMonth(month, lang)) : html`<p>${t.reach.empty}</p>`}`,
  });
}
