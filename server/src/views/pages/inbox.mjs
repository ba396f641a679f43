import { STATUS_FILTERS, UNASSIGNED, isFiltered, listSearch } from '../../inbox/list-query.mjs';
import { html } from '../html.mjs';
import { page } from '../layout.mjs';
import { CALLBACK_MS, formatDateTime, formatTimeLeft, isoTime, label } from '../format.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * The list of reports as a work tool: filters in a GET form (every list is a URL),
 * the most urgent first, a page at a time with no silent cap, and a polite notice
 * when new reports arrive (a first-party script; the page works without it). It shows
 * no name, contact, area or situation: those are on each report's own page, where
 * every view is logged.
 *
 * @typedef {object} InboxRow
 * @property {string} reference
 * @property {string} receivedAt   ISO time
 * @property {string} status
 * @property {string | null} organisation  the organisation's id
 * @property {string | null} partner
 * @property {string | null} ageGroup
 * @property {string | null} about  self, other (null once erased)
 * @property {string} deadline      ISO time: received + 24 h
 * @property {number} msLeft
 * @property {boolean} open         new or assigned: the 24-hour clock runs
 * @property {boolean} overdue      open and past the deadline
 * @property {boolean} erased
 */

/**
 * @param {import('../../store/contract.mjs').ReportRow} row @param {number} now
 * @returns {InboxRow}
 */
export function toInboxRow(row, now) {
  const deadline = row.deadline_at ?? row.received_at + CALLBACK_MS;
  const open = row.status === 'new' || row.status === 'assigned';
  return {
    reference: row.reference,
    receivedAt: isoTime(row.received_at),
    status: row.status,
    organisation: row.organisation_id,
    partner: row.partner,
    ageGroup: row.age_group,
    about: row.about,
    deadline: isoTime(deadline),
    msLeft: deadline - now,
    open,
    overdue: open && deadline < now,
    erased: row.erased_at !== null,
  };
}

/**
 * @typedef {object} InboxPageOptions
 * @property {import('../../store/contract.mjs').Account} account
 * @property {string} csrfToken
 * @property {string} lang
 * @property {string} path
 * @property {import('../../inbox/list-query.mjs').ListFilters} filters
 * @property {import('../../inbox/list-query.mjs').QueryProblem[]} problems
 * @property {string | null} [pageProblem]  e.g. "there is no page 20", with a link to the last page
 * @property {number} [lastPage]
 * @property {InboxRow[]} rows
 * @property {number} total
 * @property {number} page
 * @property {number} pageSize
 * @property {{ id: string, name: string }[]} organisations
 * @property {string[]} partners
 * @property {string | null} scopeName   the local actor's organisation; null for coordinators
 * @property {string} countUrl           where the notice asks how many reports are new
 * @property {number} idleMs             the session's idle timeout: the notice stops asking well before it
 */

/** @param {string} value @param {string} current @param {string} text */
const option = (value, current, text) => html`<option value="${value}"${value === current ? html` selected` : ''}>${text}</option>`;

/** @param {InboxPageOptions} options @param {ReturnType<typeof messagesFor>} t @param {boolean} invalid */
function filterForm({ filters, organisations, partners, scopeName }, t, invalid) {
  const f = t.inbox.filters;
  return html`<form method="get" action="/inbox" class="filters" aria-labelledby="filters-title">
<h2 id="filters-title">${f.title}</h2>
<div class="filter-fields">
<div class="field"><label for="status">${f.status}</label>
<select id="status" name="status">${option('', filters.status, f.anyStatus)}${STATUS_FILTERS.map((status) =>
    option(status, filters.status, status === 'open' ? f.open : label(t.values.status, status)),
  )}</select></div>
${scopeName === null
  ? html`<div class="field"><label for="organisation">${f.organisation}</label>
<select id="organisation" name="organisation">${option('', filters.organisation, f.anyOrganisation)}${option(UNASSIGNED, filters.organisation, f.unassigned)}${organisations.map(
      (organisation) => option(organisation.id, filters.organisation, organisation.name),
    )}</select></div>`
  : ''}
<div class="field"><label for="partner">${f.partner}</label>
<select id="partner" name="partner">${option('', filters.partner, f.anyPartner)}${partners.map((partner) => option(partner, filters.partner, partner))}</select></div>
<div class="choice"><input type="checkbox" id="overdue" name="overdue" value="1"${filters.overdue ? html` checked` : ''}><label for="overdue">${f.overdue}</label></div>
</div>
<div class="filter-actions"><button type="submit">${f.submit}</button>${isFiltered(filters) || invalid ? html`<a href="/inbox">${f.clear}</a>` : ''}</div>
</form>`;
}

/** @param {InboxRow} row @param {ReturnType<typeof messagesFor>} t @param {string} lang */
function timeLeftCell(row, t, lang) {
  if (!row.open) return t.inbox.noDeadline;
  const text = formatTimeLeft(row.msLeft, lang);
  return row.overdue ? html`<strong class="late">${text}</strong>` : text;
}

/** @param {InboxPageOptions} options */
export function inboxPage(options) {
  const { account, csrfToken, lang, path, filters, problems, rows, total, page: current, pageSize, organisations, scopeName } = options;
  const t = messagesFor(lang);
  const c = t.inbox.columns;
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = (current - 1) * pageSize + rows.length;
  const invalid = problems.length > 0 || Boolean(options.pageProblem);
  const cell = (/** @type {string} */ heading, /** @type {unknown} */ content) => html`<td data-label="${heading}">${content}</td>`;

  const errorSummary = invalid
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${t.inbox.invalid.title}</h2>
<ul>${problems.map((problem) => {
        // A link to the field, when the form has it (a local actor has no organisation field).
        const hasField = problem.field !== 'page' && (problem.field !== 'organisation' || scopeName === null);
        return html`<li>${hasField ? html`<a href="#${problem.field}">${t.inbox.invalid[problem.field]}</a>` : t.inbox.invalid[problem.field]}</li>`;
      })}${options.pageProblem
        ? html`<li>${options.pageProblem} <a href="/inbox${listSearch(filters, options.lastPage ?? 1)}">${t.inbox.invalid.lastPage}</a></li>`
        : ''}</ul>
</div>`
    : '';

  const table = invalid
    ? ''
    : html`<p>${t.inbox.order}</p>
${isFiltered(filters) ? html`<p>${t.inbox.filtered(total)}</p>` : ''}
<table class="reflow">
<caption>${t.inbox.caption(from, to, total)}</caption>
<thead><tr>
<th scope="col">${c.reference}</th>
<th scope="col">${c.received}</th>
<th scope="col">${c.timeLeft}</th>
<th scope="col">${c.status}</th>
<th scope="col">${c.organisation}</th>
<th scope="col">${c.partner}</th>
<th scope="col">${c.ageGroup}</th>
<th scope="col">${c.about}</th>
</tr></thead>
<tbody>
${rows.length
  ? rows.map(
      (row) => html`<tr${row.overdue ? html` class="overdue"` : ''}>
<th scope="row" data-label="${c.reference}"><a href="/inbox/${row.reference}">${row.reference}</a></th>
${cell(c.received, html`<time datetime="${row.receivedAt}">${formatDateTime(Date.parse(row.receivedAt), lang)}</time>`)}
${cell(c.timeLeft, timeLeftCell(row, t, lang))}
${cell(c.status, html`${label(t.values.status, row.status)}${row.erased ? html` <span class="tag">${t.inbox.erased}</span>` : ''}`)}
${cell(c.organisation, row.organisation ? organisationName.get(row.organisation) ?? row.organisation : t.inbox.unassigned)}
${cell(c.partner, row.partner ?? '')}
${cell(c.ageGroup, label(t.values.ageGroup, row.ageGroup))}
${cell(c.about, label(t.values.about, row.about))}
</tr>`,
    )
  : html`<tr><td colspan="8">${isFiltered(filters) ? t.inbox.emptyFiltered : t.inbox.empty}</td></tr>`}
</tbody>
</table>
${pages > 1
  ? html`<nav class="pager" aria-label="${t.inbox.pages}">
<p>${t.inbox.pageOf(current, pages)}</p>
<ul>
${current > 1 ? html`<li><a href="/inbox${listSearch(filters, current - 1)}" rel="prev">${t.inbox.previous}</a></li>` : ''}
${current < pages ? html`<li><a href="/inbox${listSearch(filters, current + 1)}" rel="next">${t.inbox.next}</a></li>` : ''}
</ul></nav>`
  : ''}`;

  return page({
    title: invalid ? `${t.errorPrefix} ${t.inbox.title}` : t.inbox.title,
    account,
    csrfToken,
    lang,
    path,
    current: 'inbox',
    scripts: invalid ? [] : ['/assets/inbox-notice.js'],
    content: html`<h1>${t.inbox.title}</h1>
${errorSummary}
<p>${t.inbox.intro}</p>
<p>${scopeName ? t.inbox.scopeOrganisation(scopeName) : t.inbox.scopeAll}</p>
<div id="new-reports" class="new-reports" role="status" data-count-url="${options.countUrl}" data-list-url="/inbox${listSearch(filters)}"
 data-show-label="${t.inbox.showNew}" data-idle-ms="${options.idleMs}"></div>
${filterForm(options, t, invalid)}
${table}`,
  });
}
