import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../element/render/heading.js';
import type { ReportSession } from '../session.js';
import { formHeadingId, type FormHandlers, type FormView } from './context.js';
import { reportForm } from './form.js';
import { notSentPanel, sentPanel } from './panels.js';

/**
 * The form's heading and the form, or the outcome. While the report is on its way
 * the form stays on screen, its progress told next to the submit button.
 */
export function reportSection(session: ReportSession, view: FormView, handlers: FormHandlers, note = ''): TemplateResult {
  const kind = session.status.kind;
  const outcome = kind === 'sent' || kind === 'not-sent';
  const body =
    kind === 'sent' ? sentPanel(session, view, handlers) : kind === 'not-sent' ? notSentPanel(session, view, handlers, note) : reportForm(session, view, handlers);
  return html`<div class="report" part="report" data-state=${kind}>
    ${heading(view.formLevel, view.form.heading, formHeadingId(view.idPrefix))} ${outcome ? nothing : html`<p>${view.form.intro}</p>`} ${body}
  </div>`;
}
