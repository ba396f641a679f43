import { may } from '../../auth/roles.mjs';
import { OUTCOMES } from '../../inbox/report-actions.mjs';
import { isOpen } from '../../workflow/clock.mjs';
import { html } from '../html.mjs';
import { csrfField } from '../layout.mjs';
import { workMessages } from '../messages/work/index.mjs';

/**
 * A report's work section, included by the report page: where it stands against the
 * 24 hours (status, organisation, deadline in Brussels time, escalation, who called and
 * closed), the buttons of the next step, the notes, the e-mails sent about it (with
 * failures), and its history. Plain forms (POST with a CSRF token), no script. Texts
 * from ../messages/work/{nl,fr,en}.mjs.
 *
 * @typedef {object} WorkView
 * @property {import('../../store/contract.mjs').ReportRow} report
 * @property {{ id: string, name: string }[]} organisations
 * @property {{ id: string, at: number, author: string, text: string | null }[]} notes  decrypted
 * @property {import('../../store/contract.mjs').HistoryEntry[]} history
 * @property {import('../../store/contract.mjs').OutboxRow[]} mail
 * @property {number} failingMail  unsent mails with failures (coordinators see the count)
 * @property {number} now
 * @property {string} [lang]
 * @property {'tries-missing' | 'note-empty' | null} [problem]  what was wrong with the last form sent
 */

/** @param {number} ms @param {string} locale */
const local = (ms, locale) => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', dateStyle: 'full', timeStyle: 'short' }).format(ms);
/** @param {number} ms @param {string} locale */
const time = (ms, locale) => html`<time datetime="${new Date(ms).toISOString()}">${local(ms, locale)}</time>`;

/** @param {string} term @param {unknown} value */
const fact = (term, value) => (value === null || value === undefined || value === '' ? '' : html`<dt>${term}</dt><dd>${value}</dd>`);

/**
 * @param {{ account: import('../../store/contract.mjs').Account, csrfToken: string } & WorkView} options
 */
export function reportWork({ account, csrfToken, report, organisations, notes, history, mail, failingMail, now, lang = 'nl', problem = null }) {
  const t = workMessages(lang);
  // GOV.UK error summary: what is wrong, linked to the field to correct.
  const problems = { 'tries-missing': [t.triesMissing, 'tries'], 'note-empty': [t.noteEmpty, 'note'] };
  const [problemText, problemField] = problem && Object.hasOwn(problems, problem) ? problems[problem] : [null, null];
  const summary = problemText
    ? html`<div class="error-summary" role="alert"><p><a href="#${problemField}">${problemText}</a></p></div>`
    : '';
  const name = (/** @type {string | null} */ id) => (id === null ? null : organisations.find((organisation) => organisation.id === id)?.name ?? id);
  const who = (/** @type {string} */ actor) => (actor === 'routing' ? t.routing : actor === 'system' ? t.system : actor);
  const open = report.erased_at === null && report.status !== 'closed';
  const overdue = isOpen(report.status) && report.erased_at === null && report.deadline_at < now;
  const outcome = report.outcome === null ? null : `${t.outcomes[/** @type {keyof typeof t.outcomes} */ (report.outcome)] ?? report.outcome}${report.tries ? ` (${t.tries(report.tries)})` : ''}`;

  const facts = html`<dl class="facts">
${fact(t.status, t.statuses[/** @type {keyof typeof t.statuses} */ (report.status)] ?? report.status)}
${fact(t.organisation, name(report.organisation_id) ?? t.unassigned)}
${fact(t.deadline, time(report.deadline_at, t.locale))}
${fact(t.outcome, outcome)}
</dl>
${overdue ? html`<p class="late" role="status">${t.overdue}</p>` : ''}
${report.escalated_at !== null ? html`<p>${t.escalated(local(report.escalated_at, t.locale))}</p>` : ''}
${report.contacted_at !== null ? html`<p>${t.contacted(local(report.contacted_at, t.locale), report.contacted_by ?? '')}</p>` : ''}
${report.closed_at !== null ? html`<p>${t.closed(local(report.closed_at, t.locale), report.closed_by ?? '')}</p>` : ''}`;

  const assign =
    open && may(account, 'assign')
      ? html`<form method="post" action="/inbox/${report.reference}/assign" class="inline-form">
${csrfField(csrfToken)}
<label for="organisation">${t.assign}</label>
<select id="organisation" name="organisation">${organisations.map(
          (organisation) => html`<option value="${organisation.id}"${organisation.id === report.organisation_id ? html` selected` : ''}>${organisation.name}</option>`,
        )}</select>
<button type="submit">${t.assignSubmit}</button>
</form>`
      : '';

  const contacted =
    open && may(account, 'status') && isOpen(report.status)
      ? html`<form method="post" action="/inbox/${report.reference}/status" class="inline-form">
${csrfField(csrfToken)}<input type="hidden" name="status" value="contacted">
<button type="submit">${t.markContacted}</button>
</form>`
      : '';

  const close =
    open && may(account, 'status')
      ? html`<form method="post" action="/inbox/${report.reference}/status" class="stack">
${csrfField(csrfToken)}<input type="hidden" name="status" value="closed">
<h3>${t.closeTitle}</h3>
<fieldset><legend>${t.closeOutcome}</legend>
${OUTCOMES.map(
  (code, index) => html`<label class="choice"><input type="radio" name="outcome" value="${code}"${index === 0 ? html` checked` : ''}> ${t.outcomes[code]}</label>`,
)}
</fieldset>
<div class="field"><label for="tries">${t.closeTries}</label>
<p class="hint" id="tries-hint">${t.closeTriesHint}</p>
<input id="tries" name="tries" type="number" inputmode="numeric" min="1" max="99" aria-describedby="tries-hint" class="code"${problem === 'tries-missing' ? html` aria-invalid="true"` : ''}></div>
<button type="submit">${t.closeSubmit}</button>
</form>`
      : '';

  const notesSection =
    report.erased_at === null
      ? html`<h3>${t.notesTitle}</h3>
<p class="hint">${t.notesIntro}</p>
${notes.length
  ? html`<ul class="notes">${notes.map((note) => html`<li><p>${note.text}</p><p class="hint">${t.noteBy(note.author, local(note.at, t.locale))}</p></li>`)}</ul>`
  : html`<p>${t.noNotes}</p>`}
<form method="post" action="/inbox/${report.reference}/notes" class="stack">
${csrfField(csrfToken)}
<div class="field"><label for="note">${t.noteLabel}</label>
<textarea id="note" name="note" rows="4" maxlength="2000" required${problem === 'note-empty' ? html` aria-invalid="true"` : ''}></textarea></div>
<button type="submit">${t.noteSubmit}</button>
</form>`
      : '';

  /** @param {import('../../store/contract.mjs').OutboxRow} row */
  const mailLine = (row) =>
    row.sent_at !== null
      ? t.mailSent(row.recipient, local(row.sent_at, t.locale))
      : row.attempts > 0
        ? t.mailFailing(row.recipient, row.attempts, local(row.next_attempt_at, t.locale))
        : t.mailWaiting(row.recipient);
  const mailSection = html`<h3>${t.mailTitle}</h3>
${may(account, 'assign') && failingMail > 0 ? html`<p class="late" role="status">${t.failingCount(failingMail)}</p>` : ''}
${mail.length
  ? html`<ul class="mail">${mail.map((row) => html`<li${row.sent_at === null && row.attempts > 0 ? html` class="late"` : ''}>${t.mailKind[row.kind]}: ${mailLine(row)}</li>`)}</ul>`
  : html`<p>${t.noMail}</p>`}`;

  /** @param {import('../../store/contract.mjs').HistoryEntry} entry */
  const historyLine = (entry) =>
    entry.action === 'assign'
      ? t.historyAssign(name(entry.organisation_id) ?? '', who(entry.actor))
      : entry.action === 'escalate'
        ? t.historyEscalate
        : t.historyStatus(t.statuses[/** @type {keyof typeof t.statuses} */ (entry.to_status ?? 'new')] ?? '', who(entry.actor));
  const historySection = history.length
    ? html`<h3>${t.historyTitle}</h3>
<ol class="history">${history.map((entry) => html`<li>${time(entry.at, t.locale)}: ${historyLine(entry)}</li>`)}</ol>`
    : '';

  return html`<section class="work" aria-labelledby="work-title">
<h2 id="work-title">${t.title}</h2>
${summary}
${facts}
${assign}
${contacted}
${close}
${notesSection}
${mailSection}
${historySection}
</section>`;
}
