import { html } from '../html.mjs';
import { page } from '../layout.mjs';
import { CALLBACK_MS, formatDateTime, formatTimeLeft, isoTime, label } from '../format.mjs';
import { nl as t } from '../messages/nl.mjs';

/**
 * The list of reports, newest first, a page at a time. It shows no personal data (no
 * name, contact, area or situation): those are on each report's own page, where every
 * view is logged.
 *
 * @typedef {object} InboxRow
 * @property {string} reference
 * @property {string} receivedAt   ISO time
 * @property {string} status
 * @property {string | null} organisation  the organisation's id
 * @property {string | null} partner
 * @property {string | null} ageGroup
 * @property {string} deadline      ISO time: received + 24 h
 * @property {number} msLeft
 * @property {boolean} erased
 */

/**
 * @param {import('../../store/contract.mjs').ReportRow} row @param {number} now
 * @returns {InboxRow}
 */
export function toInboxRow(row, now) {
  const deadline = row.received_at + CALLBACK_MS;
  return {
    reference: row.reference,
    receivedAt: isoTime(row.received_at),
    status: row.status,
    organisation: row.organisation_id,
    partner: row.partner,
    ageGroup: row.age_group,
    deadline: isoTime(deadline),
    msLeft: deadline - now,
    erased: row.erased_at !== null,
  };
}

/**
 * @param {{ account: import('../../store/contract.mjs').Account, csrfToken: string, rows: InboxRow[], total: number, offset: number, limit: number,
 *   organisations: Map<string, string>, scopeName: string | null }} options
 */
export function inboxPage({ account, csrfToken, rows, total, offset, limit, organisations, scopeName }) {
  const from = total === 0 ? 0 : offset + 1;
  const to = offset + rows.length;
  const previous = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = to < total ? to : null;
  return page({
    title: t.inbox.title,
    account,
    csrfToken,
    current: 'inbox',
    content: html`<h1>${t.inbox.title}</h1>
<p>${t.inbox.intro}</p>
<p>${scopeName ? t.inbox.scopeOrganisation(scopeName) : t.inbox.scopeAll}</p>
<div class="table-wrap">
<table>
<caption>${t.inbox.caption(from, to, total)}</caption>
<thead><tr>
<th scope="col">${t.inbox.columns.reference}</th>
<th scope="col">${t.inbox.columns.received}</th>
<th scope="col">${t.inbox.columns.status}</th>
<th scope="col">${t.inbox.columns.organisation}</th>
<th scope="col">${t.inbox.columns.partner}</th>
<th scope="col">${t.inbox.columns.ageGroup}</th>
<th scope="col">${t.inbox.columns.timeLeft}</th>
</tr></thead>
<tbody>
${rows.length
  ? rows.map(
      (row) => html`<tr>
<th scope="row"><a href="/inbox/${row.reference}">${row.reference}</a></th>
<td><time datetime="${row.receivedAt}">${formatDateTime(Date.parse(row.receivedAt))}</time></td>
<td>${label(t.values.status, row.status)}${row.erased ? html` <span class="tag">${t.inbox.erased}</span>` : ''}</td>
<td>${row.organisation ? organisations.get(row.organisation) ?? row.organisation : t.inbox.unassigned}</td>
<td>${row.partner ?? ''}</td>
<td>${label(t.values.ageGroup, row.ageGroup)}</td>
<td${row.msLeft < 0 && row.status !== 'closed' && row.status !== 'contacted' ? html` class="late"` : ''}>${row.status === 'closed' || row.status === 'contacted' ? '' : formatTimeLeft(row.msLeft)}</td>
</tr>`,
    )
  : html`<tr><td colspan="7">${t.inbox.empty}</td></tr>`}
</tbody>
</table>
</div>
${previous !== null || next !== null
  ? html`<nav class="pager" aria-label="${t.inbox.pages}"><ul>
${previous !== null ? html`<li><a href="/inbox?offset=${previous}" rel="prev">${t.inbox.previous}</a></li>` : ''}
${next !== null ? html`<li><a href="/inbox?offset=${next}" rel="next">${t.inbox.next}</a></li>` : ''}
</ul></nav>`
  : ''}`,
  });
}
