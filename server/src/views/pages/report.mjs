import { may } from '../../auth/roles.mjs';
import { ERASE_REASONS } from '../../inbox/report-actions.mjs';
import { html } from '../html.mjs';
import { csrfField, notice, page } from '../layout.mjs';
import { formatDate, formatDateTime, formatTimeLeft, isoTime, label } from '../format.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * One report: every field the form asks, with who may act on it (assign, contacted,
 * close with an outcome, erase, export). Opening this page is logged in the audit log.
 */

/**
 * @param {string} term @param {unknown} value
 * @param {string | null} [lang]  the language of the value, when it is the resident's own words in another language than the page
 */
function fact(term, value, lang = null) {
  if (value === null || value === undefined || value === '') return '';
  return html`<dt>${term}</dt><dd${lang ? html` lang="${lang}"` : ''}>${value}</dd>`;
}

/** A tel: link only for something that looks like a phone number. @param {string} phone */
function phoneLink(phone) {
  const dial = phone.replace(/[^+0-9]/g, '');
  return /^\+?[0-9]{6,20}$/.test(dial) ? html`<a href="tel:${dial}">${phone}</a>` : phone;
}

/** @param {string} email */
const mailLink = (email) => html`<a href="mailto:${encodeURIComponent(email)}">${email}</a>`;

/**
 * @param {{ account: import('../../store/contract.mjs').Account, csrfToken: string, lang?: string, path?: string,
 *   report: import('../../inbox/report-view.mjs').ReportView, organisations: { id: string, name: string }[],
 *   erasureDue: number | null, message?: string | null, now?: number, work?: import('../html.mjs').SafeHtml }} options
 *   work: the work section (./report-work.mjs): status, assignment, buttons, notes, mail
 */
export function reportPage({ account, csrfToken, lang = 'nl', path, report, organisations, erasureDue, message, now, work }) {
  const t = messagesFor(lang);
  const f = t.report.fields;
  // What the resident typed is in the resident's language (screen readers pronounce it so).
  const typedIn = report.lang && report.lang !== lang ? report.lang : null;
  const organisationName = organisations.find((organisation) => organisation.id === report.organisation)?.name ?? report.organisation;
  const details = report.erased
    ? html`<p class="notice">${t.report.erasedNote}</p>`
    : html`<dl class="facts">
${fact(f.about, label(t.values.about, report.about))}
${fact(f.relation, label(t.values.relation, report.relation))}
${fact(f.personKnows, label(t.values.personKnows, report.personKnows))}
${fact(f.area, report.area, typedIn)}
${fact(f.situation, report.situation, typedIn)}
${fact(f.contactMethod, label(t.values.contactMethod, report.contactMethod))}
${fact(f.name, report.name)}
${fact(f.phone, report.phone ? phoneLink(report.phone) : null)}
${fact(f.email, report.email ? mailLink(report.email) : null)}
${fact(f.contactTimes, report.contactTimes, typedIn)}
${fact(f.consent, report.consent === null ? null : label(t.values.consent, report.consent ? 'yes' : 'no'))}
${fact(f.lang, label(t.values.lang, report.lang))}
${fact(f.page, report.page)}
${fact(f.serviceCode, report.serviceCode)}
</dl>`;

  return page({
    title: t.report.title(report.reference),
    account,
    csrfToken,
    lang,
    path,
    current: 'inbox',
    content: html`<p><a href="/inbox">${t.report.back}</a></p>
<h1>${t.report.title(report.reference)}</h1>
${notice(message)}
<dl class="facts">
${fact(f.received, html`<time datetime="${isoTime(report.receivedAt)}">${formatDateTime(report.receivedAt, lang)}</time>`)}
${fact(f.deadline, html`<time datetime="${isoTime(report.deadline)}">${formatDateTime(report.deadline, lang)}</time>`)}
${!report.erased && (report.status === 'new' || report.status === 'assigned') && now !== undefined
  ? fact(t.inbox.columns.timeLeft, report.deadline < now ? html`<strong class="late">${formatTimeLeft(report.deadline - now, lang)}</strong>` : formatTimeLeft(report.deadline - now, lang))
  : ''}
${fact(f.status, label(t.values.status, report.status))}
${fact(f.organisation, organisationName ?? t.inbox.unassigned)}
${fact(f.outcome, label(t.values.outcome, report.outcome))}
${fact(f.partner, report.partner)}
${fact(f.ageGroup, label(t.values.ageGroup, report.ageGroup))}
${fact(f.format, report.format)}
${report.erased && report.erasedAt !== null ? fact(f.erasure, `${formatDate(report.erasedAt, lang)} (${label(t.values.erasureReason, report.erasureReason)})`) : ''}
${!report.erased && erasureDue !== null ? fact(f.erasureDue, formatDate(erasureDue, lang)) : ''}
</dl>
<h2>${t.report.details}</h2>
${details}
${work ?? ''}
${may(account, 'erase') || may(account, 'export') ? html`<h2>${t.report.handling}</h2>` : ''}
${may(account, 'export')
  ? html`<form method="post" action="/inbox/${report.reference}/export" class="stack">
${csrfField(csrfToken)}
<h3>${t.report.exportTitle}</h3>
<p>${t.report.exportIntro}</p>
<button type="submit">${t.report.exportSubmit}</button>
</form>`
  : ''}
${!report.erased && may(account, 'erase')
  ? html`<form method="post" action="/inbox/${report.reference}/erase" class="stack">
${csrfField(csrfToken)}
<h3>${t.report.eraseTitle}</h3>
<p>${t.report.eraseIntro}</p>
<fieldset><legend>${t.report.eraseReason}</legend>
${ERASE_REASONS.map(
      (reason, index) => html`<label class="choice"><input type="radio" name="reason" value="${reason}"${index === 0 ? html` checked` : ''}> ${label(t.values.erasureReason, reason)}</label>`,
    )}
</fieldset>
<button type="submit" class="warning">${t.report.eraseSubmit}</button>
</form>`
  : ''}`,
  });
}
