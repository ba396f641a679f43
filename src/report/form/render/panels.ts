import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../element/render/heading.js';
import { meldpuntContact } from '../../../element/render/meldpunt-contact.js';
import { safeLink, text } from '../../../element/render/text.js';
import { telHref } from '../../../content/safe-url.js';
import { reportText } from '../report-text.js';
import type { ReportSession } from '../session.js';
import { outcomeHeadingId, type FormHandlers, type FormView } from './context.js';

/** 112, 1813 and 106 as call links. */
function callList(view: FormView): TemplateResult {
  return html`<ul class="plain call-list">
    ${view.urgentLines.map(
      (line) => html`<li class="call">
        ${safeLink(telHref(line.number), html`<span class="number">${line.number}</span> ${text(line.name, view.locale)}`, {
          part: 'call-link',
        })}
      </li>`,
    )}
  </ul>`;
}

/** The urgent lines, so they stay in view after failing. */
function urgentReminder(view: FormView): TemplateResult {
  return html`<div class="urgent-reminder">
    <p>${view.form.urgentReminder}</p>
    ${callList(view)}
  </div>`;
}

/** The report as text with a copy button: a way forward that needs nothing from us. */
function copyBlock(session: ReportSession, view: FormView, handlers: FormHandlers, note: string): TemplateResult {
  const id = `${view.idPrefix}report-text`;
  return html`<div class="copy-block">
    <button type="button" class="secondary" part="copy-button" @click=${handlers.copy}>${view.form.copy}</button>
    <p class="status" role="status">${note}</p>
    <label for=${id}>${view.form.reportTextLabel}</label>
    <textarea id=${id} class="report-text" readonly rows="8">${reportText(session.values, view.form)}</textarea>
  </div>`;
}

/** After the patient sending: not sent yet, nothing lost, three ways forward. */
export function notSentPanel(session: ReportSession, view: FormView, handlers: FormHandlers, note: string): TemplateResult {
  const reason = session.status.kind === 'not-sent' ? view.form.notSentReasons[session.status.reason] : undefined;
  return html`<div class="outcome not-sent" part="report-not-sent">
    ${heading(view.formLevel + 1, view.form.notSentHeading, outcomeHeadingId(view.idPrefix))}
    ${reason ? html`<p>${reason}</p>` : nothing}
    <p>${view.form.notSentBody}</p>
    <div class="actions">
      <button type="button" part="retry-button" @click=${handlers.retry}>${view.form.retry}</button>
      <button type="button" class="secondary" @click=${handlers.edit}>${view.form.edit}</button>
    </div>
    <p>${view.form.contactMeldpunt}</p>
    ${meldpuntContact(view.meldpunt, view)} ${copyBlock(session, view, handlers, note)} ${urgentReminder(view)}
  </div>`;
}

/** The lines again after sending, calmly: an offer to talk now, not an alarm. */
function calmLines(view: FormView): TemplateResult {
  return html`<div class="calm-lines">
    <p>${view.form.sentLines}</p>
    ${callList(view)}
  </div>`;
}

/** Sent: focus lands on this heading; the reference, what happens next and the lines, in the calm colour. */
export function sentPanel(session: ReportSession, view: FormView, handlers: FormHandlers): TemplateResult {
  const status = session.status.kind === 'sent' ? session.status : undefined;
  return html`<div class="outcome sent" part="report-sent">
    <div class="sent-heading">
      <svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 12.5l5 5L20 6.5"></path></svg>
      ${heading(view.formLevel + 1, view.form.sentHeading, outcomeHeadingId(view.idPrefix))}
    </div>
    <p>${view.form.sentBody}</p>
    ${status?.reference
      ? html`<p class="reference">${view.form.referenceLabel}${view.messages.colon} <strong data-reference>${status.reference}</strong></p>`
      : nothing}
    ${status?.notice ? html`<p class="notice">${view.form.noticeLabel}${view.messages.colon} ${status.notice}</p>` : nothing}
    <div class="what-next">
      <p class="label">${view.form.whatNextHeading}</p>
      <p>${text(view.meldpunt.whatNext, view.locale)}</p>
    </div>
    ${calmLines(view)}
    <button type="button" class="secondary" @click=${handlers.restart}>${view.form.newReport}</button>
  </div>`;
}
