import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ErrorCode } from '../validate.js';
import type { FieldName } from '../values.js';
import { fieldId, type FormView } from './context.js';

/** The inline error, with a hidden "Fout:" so a screen reader hears it is an error. */
function errorMessage(view: FormView, field: FieldName, code: ErrorCode | undefined): unknown {
  if (!code) return nothing;
  const text = view.form.errors[field][code] ?? view.form.errorFallback;
  return html`<p class="error-message" id=${`${fieldId(view, field)}-error`}>
    <span class="visually-hidden">${view.form.errorPrefix}</span> ${text}
  </p>`;
}

function describedBy(view: FormView, field: FieldName, hasHint: boolean, code: ErrorCode | undefined): string | typeof nothing {
  const id = fieldId(view, field);
  const ids = [hasHint ? `${id}-hint` : '', code ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function hint(view: FormView, field: FieldName, lines: readonly string[]): unknown {
  const shown = lines.filter(Boolean);
  if (shown.length === 0) return nothing;
  return html`<div class="hint" id=${`${fieldId(view, field)}-hint`}>${shown.map((line) => html`<p>${line}</p>`)}</div>`;
}

/** "(optioneel)" after a question's label or legend. */
function optionalNote(note: string | undefined): unknown {
  return note ? html` <span class="optional">${note}</span>` : nothing;
}

export interface ChoiceSpec<T extends string> {
  field: FieldName;
  legend: string;
  optionalNote?: string | undefined;
  options: Readonly<Record<T, string>>;
  value: T | '';
  hints?: readonly string[];
  error?: ErrorCode | undefined;
  onChange: (value: T) => void;
}

/** A radio group in a fieldset; the error summary links to its first radio. */
export function choice<T extends string>(view: FormView, spec: ChoiceSpec<T>): TemplateResult {
  const id = fieldId(view, spec.field);
  const hints = spec.hints ?? [];
  return html`<div class="field ${spec.error ? 'has-error' : ''}" data-field=${spec.field}>
    <fieldset aria-describedby=${describedBy(view, spec.field, hints.length > 0, spec.error)}>
      <legend>${spec.legend}${optionalNote(spec.optionalNote)}</legend>
      ${hint(view, spec.field, hints)} ${errorMessage(view, spec.field, spec.error)}
      <div class="radios">
        ${(Object.keys(spec.options) as T[]).map(
          (option, index) => html`<label class="radio">
            <input
              type="radio"
              id=${index === 0 ? id : `${id}-${index}`}
              name=${id}
              value=${option}
              .checked=${live(spec.value === option)}
              @change=${() => spec.onChange(option)}
            />
            <span>${spec.options[option]}</span>
          </label>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export interface GroupSpec {
  field: FieldName;
  legend: string;
  hints?: readonly string[];
  error?: ErrorCode | undefined;
  /** The group's inputs (each a `textField`). */
  content: unknown;
}

/**
 * A question answered by one of several inputs (phone or e-mail): a fieldset whose
 * legend, hint and group error are read with each input inside it.
 */
export function fieldGroup(view: FormView, spec: GroupSpec): TemplateResult {
  const hints = spec.hints ?? [];
  return html`<div class="field ${spec.error ? 'has-error' : ''}" data-field=${spec.field}>
    <fieldset class="group" aria-describedby=${describedBy(view, spec.field, hints.length > 0, spec.error)}>
      <legend>${spec.legend}</legend>
      ${hint(view, spec.field, hints)} ${errorMessage(view, spec.field, spec.error)} ${spec.content}
    </fieldset>
  </div>`;
}

export interface TextSpec {
  field: FieldName;
  label: string;
  optionalNote?: string | undefined;
  value: string;
  hints?: readonly string[];
  error?: ErrorCode | undefined;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  maxLength?: number;
  multiline?: boolean;
  inputMode?: string;
  /** While a report is on its way, what is sent is what the resident sees. */
  readOnly?: boolean;
  onInput: (value: string) => void;
}

/** A labelled text input or textarea with hint and inline error. */
export function textField(view: FormView, spec: TextSpec): TemplateResult {
  const id = fieldId(view, spec.field);
  const hints = spec.hints ?? [];
  const described = describedBy(view, spec.field, hints.length > 0, spec.error);
  const invalid = spec.error ? 'true' : nothing;
  const onInput = (event: Event) => spec.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const label = html`<label for=${id}>${spec.label}${optionalNote(spec.optionalNote)}</label>`;
  const control = spec.multiline
    ? html`<textarea
        id=${id}
        name=${spec.field}
        rows="3"
        maxlength=${spec.maxLength ?? nothing}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?readonly=${spec.readOnly ?? false}
        .value=${live(spec.value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        name=${spec.field}
        type=${spec.type ?? 'text'}
        autocomplete=${spec.autocomplete ?? nothing}
        inputmode=${spec.inputMode ?? nothing}
        spellcheck="false"
        maxlength=${spec.maxLength ?? nothing}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?readonly=${spec.readOnly ?? false}
        .value=${live(spec.value)}
        @input=${onInput}
      />`;
  return html`<div class="field ${spec.error ? 'has-error' : ''}" data-field=${spec.field}>
    ${label} ${hint(view, spec.field, hints)} ${errorMessage(view, spec.field, spec.error)} ${control}
  </div>`;
}

export interface CheckboxSpec {
  field: FieldName;
  label: string;
  checked: boolean;
  error?: ErrorCode | undefined;
  onChange: (checked: boolean) => void;
}

export function checkbox(view: FormView, spec: CheckboxSpec): TemplateResult {
  const id = fieldId(view, spec.field);
  return html`<div class="field ${spec.error ? 'has-error' : ''}" data-field=${spec.field}>
    ${errorMessage(view, spec.field, spec.error)}
    <label class="checkbox" for=${id}>
      <input
        type="checkbox"
        id=${id}
        name=${spec.field}
        aria-describedby=${describedBy(view, spec.field, false, spec.error)}
        aria-invalid=${spec.error ? 'true' : nothing}
        .checked=${live(spec.checked)}
        @change=${(event: Event) => spec.onChange((event.target as HTMLInputElement).checked)}
      />
      <span>${spec.label}</span>
    </label>
  </div>`;
}
