import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../element/render/heading.js';
import type { ReportSession } from '../session.js';
import { formHeadingId, type FormHandlers, type FormView } from './context.js';
import { reportForm } from './form.js';
import { notSentPanel, offlinePanel, sentPanel } from './panels.js';

/** What the status region says: sending, retrying, offline. Outcomes also move focus. */
function statusText(session: ReportSession, view: FormView, note: string): string {
  switch (session.status.kind) {
    case 'sending':
      return session.status.attempt > 0 ? view.form.retrying(session.status.attempt) : view.form.sending;
    case 'offline':
      return view.form.offline;
    default:
      return note;
  }
}

/** The form's heading, its live status region, and the form or the outcome. */
export function reportSection(session: ReportSession, view: FormView, handlers: FormHandlers, note = ''): TemplateResult {
  const kind = session.status.kind;
  const body =
    kind === 'sent'
      ? sentPanel(session, view, handlers)
      : kind === 'not-sent'
        ? notSentPanel(session, view, handlers)
        : kind === 'offline'
          ? offlinePanel(session, view, handlers)
          : reportForm(session, view, handlers);
  return html`<div class="report" part="report" data-state=${kind}>
    ${heading(view.formLevel, view.form.heading, formHeadingId(view.idPrefix))}
    ${kind === 'editing' || kind === 'sending' ? html`<p>${view.form.intro}</p>` : nothing}
    <p class="status" role="status" aria-live="polite">${statusText(session, view, note)}</p>
    ${body}
  </div>`;
}
