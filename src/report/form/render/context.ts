import type { Helpline, Meldpunt } from '../../../content/types.js';
import type { FormMessages } from '../../../i18n/form/messages.js';
import type { ViewContext } from '../../../element/render/context.js';
import type { FormValues } from '../values.js';

/** What the form's templates need besides the element's view. */
export interface FormView extends ViewContext {
  readonly form: FormMessages;
  /** The meldpunt as the partner shows it (contact, privacy text, what happens next). */
  readonly meldpunt: Meldpunt;
  /** 112, 1813, 106: repeated in the outcome panels so they stay in view. */
  readonly urgentLines: readonly Helpline[];
  /** Heading level of the form's own heading. */
  readonly formLevel: number;
  /** The optional questions' section is open (the resident opened it, or it holds an error). */
  readonly moreOpen: boolean;
}

export interface FormHandlers {
  readonly update: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  readonly submit: () => void;
  readonly focusField: (id: string) => void;
  readonly retry: () => void;
  readonly edit: () => void;
  readonly copy: () => void;
  readonly restart: () => void;
  /** The optional questions' section was opened or closed. */
  readonly toggleMore: (open: boolean) => void;
}

/** Ids of the headings focus moves to: the form's, and the outcome's (sent, not sent, offline). */
export const formHeadingId = (idPrefix: string): string => `${idPrefix}form-heading`;
export const outcomeHeadingId = (idPrefix: string): string => `${idPrefix}outcome`;

/** The id of a field's input (or first radio) inside the shadow root. */
export const fieldId = (view: FormView, field: string): string => `${view.idPrefix}f-${field}`;

/** Where the error summary's link for a question goes: a group's first input. */
export const summaryTargetId = (view: FormView, field: string): string => fieldId(view, field === 'contact' ? 'phone' : field);
