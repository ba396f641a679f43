import { html } from '../html.mjs';
import { page } from '../layout.mjs';
import { formatDateTime, isoTime, label } from '../format.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * The audit log, newest first, a page at a time, optionally for one reference.
 * @param {{ lang?: string, path?: string, account: import('../../store/contract.mjs').Account, csrfToken: string, rows: import('../../store/contract.mjs').AuditEntry[],
 *   total: number, offset: number, limit: number, reference: string | null }} options
 */
export function auditPage({ account, csrfToken, rows, total, offset, limit, reference, lang = 'nl', path }) {
  const t = messagesFor(lang);
  const c = t.audit.columns;
  const from = total === 0 ? 0 : offset + 1;
  const to = offset + rows.length;
  const query = (/** @type {number} */ at) => `/audit?${new URLSearchParams({ ...(reference ? { reference } : {}), offset: String(at) })}`;
  return page({
    lang,
    path,
    title: t.audit.title,
    account,
    csrfToken,
    current: 'audit',
    content: html`<h1>${t.audit.title}</h1>
<p>${t.audit.intro}</p>
<form method="get" action="/audit" class="inline-form">
<label for="reference">${t.audit.filter}</label>
<input id="reference" name="reference" value="${reference ?? ''}" autocomplete="off" spellcheck="false">
<button type="submit">${t.audit.filterSubmit}</button>
</form>
<table class="reflow">
<caption>${total === 0 ? t.audit.empty : t.audit.caption(from, to, total)}</caption>
<thead><tr><th scope="col">${c.at}</th><th scope="col">${c.actor}</th><th scope="col">${c.action}</th><th scope="col">${c.reference}</th><th scope="col">${c.detail}</th><th scope="col">${c.ip}</th></tr></thead>
<tbody>
${rows.map(
  (row) => html`<tr>
<td data-label="${c.at}"><time datetime="${isoTime(row.at)}">${formatDateTime(row.at, lang)}</time></td>
<td data-label="${c.actor}">${row.actor}</td>
<td data-label="${c.action}">${label(t.audit.actions, row.action)}</td>
<td data-label="${c.reference}">${row.reference ? html`<a href="/audit?reference=${row.reference}">${row.reference}</a>` : ''}</td>
<td data-label="${c.detail}">${[row.detail, row.organisation_id].filter(Boolean).join(' · ')}</td>
<td data-label="${c.ip}">${row.ip ?? ''}</td>
</tr>`,
)}
</tbody>
</table>
${offset > 0 || to < total
  ? html`<nav class="pager" aria-label="${t.inbox.pages}"><ul>
${offset > 0 ? html`<li><a href="${query(Math.max(0, offset - limit))}" rel="prev">${t.inbox.previous}</a></li>` : ''}
${to < total ? html`<li><a href="${query(to)}" rel="next">${t.inbox.next}</a></li>` : ''}
</ul></nav>`
  : ''}`,
  });
}
