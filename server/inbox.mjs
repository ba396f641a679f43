import { escapeHtml, pageHeaders } from './html.mjs';
import { sendJson, sendText } from './http-util.mjs';

export { escapeHtml };

/**
 * The coordinator's inbox: every report, newest first, with how much of the promised
 * 24 hours is left. It shows phone and email on purpose: the coordinator calls back.
 * That is also why it is never readable cross-origin (see cors.mjs) and why the
 * receiver should only be reachable from the city's own network in production.
 */

export const CALLBACK_MS = 24 * 60 * 60 * 1000;

const ABOUT_LABELS = { self: 'zichzelf', other: 'iemand anders', unknown: 'onbekend' };
const AGE_LABELS = { 'under-18': 'jonger dan 18', '18-25': '18–25', '26-64': '26–64', '65-plus': '65+', unknown: 'onbekend' };
const METHOD_LABELS = { phone: 'telefoon', email: 'e-mail' };

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1rem; color: #1a1a1a; background: #fff; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: 0.5rem 0; }
th, td { border: 1px solid #767676; padding: 0.4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.late { color: #a00000; font-weight: 700; }
`;
/** The style element is allowed by hash, so the page runs with a CSP that forbids all scripts. */
const PAGE_HEADERS = pageHeaders(STYLE);

const timeFormat = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });

/**
 * "nog 23 u 12 min", or "te laat: 2 u 3 min" once the 24 hours are over.
 * @param {number} msLeft
 */
export function formatTimeLeft(msLeft) {
  const minutes = Math.floor(Math.abs(msLeft) / 60_000);
  const text = `${Math.floor(minutes / 60)} u ${minutes % 60} min`;
  return msLeft >= 0 ? `nog ${text}` : `te laat: ${text}`;
}

/** @param {string} text @returns {any} */
function parsePayload(text) {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

/**
 * One inbox row from a database row, for both formats.
 * @param {any} row
 * @param {number} now
 */
export function toInboxRow(row, now) {
  const payload = parsePayload(row.payload);
  const open311 = row.format === 'open311';
  const phone = payload.phone || null;
  const email = payload.email || null;
  const deadline = row.received_at + CALLBACK_MS;
  return {
    reference: row.reference,
    receivedAt: new Date(row.received_at).toISOString(),
    format: row.format,
    about: row.about,
    ageGroup: row.age_group,
    area: row.area,
    partner: row.partner,
    lang: row.lang,
    contactMethod: open311 ? (phone ? 'phone' : 'email') : payload.contactMethod ?? null,
    name: (open311 ? [payload.first_name, payload.last_name].filter(Boolean).join(' ') : payload.name) || null,
    phone,
    email,
    contactTimes: payload.contactTimes ?? null,
    situation: (open311 ? payload.description : payload.situation) || null,
    deadline: new Date(deadline).toISOString(),
    msLeft: deadline - now,
  };
}

/** @param {ReturnType<typeof toInboxRow>} row */
function contactCell(row) {
  const parts = [];
  if (row.contactMethod) parts.push(`<strong>${escapeHtml(METHOD_LABELS[row.contactMethod] ?? row.contactMethod)}</strong>`);
  if (row.name) parts.push(escapeHtml(row.name));
  if (row.phone) {
    const dial = String(row.phone).replace(/[^+0-9]/g, '');
    parts.push(`<a href="tel:${escapeHtml(dial)}">${escapeHtml(row.phone)}</a>`);
  }
  if (row.email) parts.push(`<a href="mailto:${escapeHtml(encodeURIComponent(row.email))}">${escapeHtml(row.email)}</a>`);
  if (row.contactTimes) parts.push(`bereikbaar: ${escapeHtml(row.contactTimes)}`);
  return parts.join('<br>');
}

/**
 * @param {ReturnType<typeof toInboxRow>[]} rows
 */
export function renderInbox(rows) {
  const body = rows.length
    ? rows
        .map(
          (row) => `<tr>
<th scope="row">${escapeHtml(row.reference)}</th>
<td><time datetime="${escapeHtml(row.receivedAt)}">${escapeHtml(timeFormat.format(new Date(row.receivedAt)))}</time></td>
<td>${escapeHtml(ABOUT_LABELS[row.about] ?? row.about)}</td>
<td>${escapeHtml(AGE_LABELS[row.ageGroup] ?? row.ageGroup)}</td>
<td>${escapeHtml(row.area ?? '')}</td>
<td>${escapeHtml(row.partner ?? '')}</td>
<td>${contactCell(row)}</td>
<td>${escapeHtml(row.situation ?? '')}</td>
<td${row.msLeft < 0 ? ' class="late"' : ''}>${escapeHtml(formatTimeLeft(row.msLeft))}</td>
</tr>`,
        )
        .join('\n')
    : '<tr><td colspan="9">Nog geen meldingen.</td></tr>';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15">
<title>Meldingen eenzaamheid – inbox</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Meldingen eenzaamheid</h1>
<p>Neem binnen 24 uur na ontvangst contact op. Deze pagina ververst elke 15 seconden.</p>
<table>
<caption>Meldingen, nieuwste eerst (${rows.length})</caption>
<thead>
<tr>
<th scope="col">Referentie</th>
<th scope="col">Ontvangen</th>
<th scope="col">Over</th>
<th scope="col">Leeftijd</th>
<th scope="col">Buurt</th>
<th scope="col">Partner</th>
<th scope="col">Contact</th>
<th scope="col">Situatie</th>
<th scope="col">Tijd over van 24 uur</th>
</tr>
</thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>
`;
}

/**
 * GET /inbox and GET /inbox.json.
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').ServerResponse} res
 * @param {'html' | 'json'} format
 */
export function handleInbox(ctx, res, format) {
  const now = ctx.now();
  const rows = ctx.reports.list().map((row) => toInboxRow(row, now));
  if (format === 'json') return sendJson(res, 200, rows);
  sendText(res, 200, 'text/html; charset=utf-8', renderInbox(rows), PAGE_HEADERS);
}
