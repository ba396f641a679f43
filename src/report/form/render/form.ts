import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { meldpuntContact } from '../../../element/render/meldpunt-contact.js';
import { text } from '../../../element/render/text.js';
import { AREA_MAX, CONTACT_TIMES_MAX, NAME_MAX, SITUATION_MAX } from '../../schema.js';
import type { ReportSession } from '../session.js';
import { orderedErrors } from '../validate.js';
import { activeFields } from '../values.js';
import { summaryTargetId, type FormHandlers, type FormView } from './context.js';
import { checkbox, choice, fieldGroup, textField } from './fields.js';

/** GOV.UK's error summary: focused after a failed submit, one link per problem. */
function errorSummary(session: ReportSession, view: FormView, handlers: FormHandlers): unknown {
  const problems = orderedErrors(session.errors);
  if (problems.length === 0) return nothing;
  const headingId = `${view.idPrefix}error-summary-title`;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby=${headingId}>
    <div role="alert">
      <p class="error-summary-title" id=${headingId}>${view.form.errorSummaryHeading}</p>
      <ul>
        ${problems.map(([field, code]) => {
          const id = summaryTargetId(view, field);
          const text = view.form.errors[field][code] ?? view.form.errorFallback;
          return html`<li>
            <a
              href=${`#${id}`}
              @click=${(event: Event) => {
                event.preventDefault();
                handlers.focusField(id);
              }}
              >${text}</a
            >
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}

/** The honeypot: off screen and out of the tab order; people leave it empty, bots fill it. */
function honeypot(session: ReportSession, view: FormView, handlers: FormHandlers): TemplateResult {
  const id = `${view.idPrefix}f-website`;
  return html`<div class="trap" aria-hidden="true">
    <label for=${id}>${view.form.honeypotLabel}</label>
    <input
      id=${id}
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${session.values.honeypot}
      @input=${(event: Event) => handlers.update('honeypot', (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** The optional questions, after the essentials, in a section the resident may open. */
function moreQuestions(session: ReportSession, view: FormView, handlers: FormHandlers): TemplateResult {
  const { form } = view;
  const { values, errors } = session;
  const about = values.about === 'other' ? 'other' : 'self';
  const active = activeFields(values);
  const readOnly = session.busy;
  return html`<details
    class="more"
    part="more"
    .open=${live(view.moreOpen)}
    @toggle=${(event: Event) => handlers.toggleMore((event.target as HTMLDetailsElement).open)}
  >
    <summary>${form.moreSummary} <span class="optional">${form.optional}</span></summary>
    <div class="more-body">
      <p class="hint">${form.moreHint}</p>
      ${choice(view, {
        field: 'ageGroup',
        legend: form.ageLegend[about],
        optionalNote: form.optional,
        options: form.ageOptions,
        value: values.ageGroup,
        hints: [form.ageHint],
        error: errors.ageGroup,
        onChange: (value) => handlers.update('ageGroup', value),
      })}
      ${active.has('relation')
        ? choice(view, {
            field: 'relation',
            legend: form.relationLegend,
            optionalNote: form.optional,
            options: form.relationOptions,
            value: values.relation,
            error: errors.relation,
            onChange: (value) => handlers.update('relation', value),
          })
        : nothing}
      ${active.has('personKnows')
        ? choice(view, {
            field: 'personKnows',
            legend: form.personKnowsLegend,
            optionalNote: form.optional,
            options: form.personKnowsOptions,
            value: values.personKnows,
            error: errors.personKnows,
            onChange: (value) => handlers.update('personKnows', value),
          })
        : nothing}
      ${textField(view, {
        field: 'situation',
        label: form.situationLabel,
        optionalNote: form.optional,
        value: values.situation,
        hints: [form.situationHint],
        error: errors.situation,
        maxLength: SITUATION_MAX,
        multiline: true,
        readOnly,
        onInput: (value) => handlers.update('situation', value),
      })}
      ${textField(view, {
        field: 'name',
        label: form.nameLabel,
        optionalNote: form.optional,
        value: values.name,
        error: errors.name,
        autocomplete: 'given-name',
        maxLength: NAME_MAX,
        readOnly,
        onInput: (value) => handlers.update('name', value),
      })}
      ${textField(view, {
        field: 'contactTimes',
        label: form.contactTimesLabel,
        optionalNote: form.optional,
        value: values.contactTimes,
        hints: [form.contactTimesHint],
        error: errors.contactTimes,
        maxLength: CONTACT_TIMES_MAX,
        readOnly,
        onInput: (value) => handlers.update('contactTimes', value),
      })}
    </div>
  </details>`;
}

/** Phone or e-mail: one question, two inputs, one of them is enough. */
function contactQuestion(session: ReportSession, view: FormView, handlers: FormHandlers): TemplateResult {
  const { form } = view;
  const { values, errors } = session;
  const about = values.about === 'other' ? 'other' : 'self';
  const readOnly = session.busy;
  return fieldGroup(view, {
    field: 'contact',
    legend: form.contactLegend[about],
    hints: [form.contactHint[about]],
    error: errors.contact,
    content: html`${textField(view, {
      field: 'phone',
      label: form.phoneLabel,
      value: values.phone,
      error: errors.phone,
      type: 'tel',
      autocomplete: 'tel',
      maxLength: 25,
      readOnly,
      onInput: (value) => handlers.update('phone', value),
    })}
    ${textField(view, {
      field: 'email',
      label: form.emailLabel,
      value: values.email,
      error: errors.email,
      type: 'email',
      autocomplete: 'email',
      maxLength: 200,
      readOnly,
      onInput: (value) => handlers.update('email', value),
    })}`,
  });
}

/**
 * The report form: `novalidate`, validated on submit with the report schema. The
 * essentials first (the same four questions on both paths), then the optional ones,
 * the privacy statement once, consent and the submit button.
 */
export function reportForm(session: ReportSession, view: FormView, handlers: FormHandlers): TemplateResult {
  const { form, locale } = view;
  const { values, errors } = session;
  const about = values.about === 'other' ? 'other' : 'self';
  return html`<form
    class="report-form"
    part="report-form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      handlers.submit();
    }}
  >
    ${errorSummary(session, view, handlers)}
    ${choice(view, {
      field: 'about',
      legend: form.aboutLegend,
      options: form.aboutOptions,
      value: values.about,
      error: errors.about,
      onChange: (value) => handlers.update('about', value),
    })}
    ${textField(view, {
      field: 'area',
      label: form.areaLabel[about],
      value: values.area,
      hints: [form.areaHint],
      error: errors.area,
      maxLength: AREA_MAX,
      autocomplete: about === 'self' ? 'postal-code' : 'off',
      readOnly: session.busy,
      onInput: (value) => handlers.update('area', value),
    })}
    ${contactQuestion(session, view, handlers)} ${moreQuestions(session, view, handlers)}
    <div class="privacy" part="privacy">
      <p class="label">${form.privacyHeading}</p>
      <p>${text(view.meldpunt.privacy, locale)}</p>
    </div>
    ${checkbox(view, {
      field: 'consent',
      label: form.consentLabel,
      checked: values.consent,
      error: errors.consent,
      onChange: (checked) => handlers.update('consent', checked),
    })}
    ${honeypot(session, view, handlers)} ${submitRow(session, view)}
  </form>`;
}

/** "12 seconden", "1 seconde": the wait before the next attempt, in whole seconds. */
function waitText(view: FormView, ms: number): string {
  return new Intl.NumberFormat(view.locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(Math.max(1, Math.ceil(ms / 1000)));
}

/**
 * The submit button with the progress where the resident's eyes (and focus) are: the
 * button says what is happening, a polite status beside it says it once per phase,
 * the attempt and the wait are shown without being announced, and while waiting the
 * meldpunt's own contact is offered. Focus stays on the button throughout.
 */
function submitRow(session: ReportSession, view: FormView): TemplateResult {
  const { form } = view;
  const status = session.status;
  const statusId = `${view.idPrefix}send-status`;
  const busy = status.kind === 'sending' || status.kind === 'retrying' || status.kind === 'offline';
  const label = busy ? form.submitBusy[status.kind] : form.submit;
  const announced = status.kind === 'sending' ? form.sending : status.kind === 'retrying' ? form.retrying : status.kind === 'offline' ? form.offline : '';
  const progress =
    status.kind === 'retrying'
      ? form.attemptProgress(status.attempt, status.retryAt === undefined ? undefined : waitText(view, status.retryAt - session.clock.now()))
      : '';
  // data-next: the attempt is under way, or the next one is scheduled.
  const waiting = status.kind === 'retrying' || status.kind === 'offline';
  return html`<div class="submit-row" part="submit-row">
    <button type="submit" class="submit" part="submit-button" aria-disabled=${busy ? 'true' : 'false'} aria-describedby=${statusId}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>
    <p class="status" id=${statusId} role="status">${announced}</p>
    ${status.kind === 'retrying' ? html`<p class="attempt" data-next=${status.retryAt === undefined ? 'under-way' : 'scheduled'}>${progress}</p>` : nothing}
    ${waiting ? html`<div class="waiting-alternative"><p>${form.waitingAlternative}</p>${meldpuntContact(view.meldpunt, view)}</div>` : nothing}
  </div>`;
}
