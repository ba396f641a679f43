import { withCleanPrototypes } from '../../security/clean-prototypes.js';
import { reportSchema, type Report } from '../schema.js';
import type { FieldError } from '../send.js';
import { FIELD_ORDER, type FieldName } from './values.js';

/** Why a field is wrong, in words the messages turn into "how to fix it". */
export type ErrorCode = 'required' | 'invalid' | 'too-long';
export type FieldErrors = Partial<Record<FieldName, ErrorCode>>;

export type Validation = { ok: true; report: Report } | { ok: false; errors: FieldErrors };

/** The report's field name as the form calls it: `contactMethod` is the phone-or-e-mail question. */
function formField(name: unknown): FieldName | undefined {
  if (name === 'contactMethod') return 'contact';
  return FIELD_ORDER.includes(name as FieldName) ? (name as FieldName) : undefined;
}

function codeFor(issue: { code: string; message?: string }, value: unknown): ErrorCode {
  if (issue.code === 'too_big') return 'too-long';
  if (issue.message === 'required' || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'required';
  return 'invalid';
}

/**
 * Validates a candidate with the same schema the receiver uses, and the form's own
 * rule that the reporter consents on both paths. Every problem at once; the first
 * per field wins.
 */
export function validateCandidate(candidate: Record<string, unknown>): Validation {
  const result = withCleanPrototypes(() => reportSchema.safeParse(candidate));
  const errors: FieldErrors = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const field = formField(issue.path[0]);
    if (field && !errors[field]) errors[field] = codeFor(issue, candidate[issue.path[0] as string]);
  }
  if (candidate.consent !== true) errors.consent ??= 'required';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // A problem outside the resident's fields (id, createdAt…) is ours, not theirs.
  return result.success ? { ok: true, report: result.data } : { ok: false, errors: { about: 'invalid' } };
}

/** A receiver's 400/422 `{ errors: [{ field, code }] }`, mapped onto the form's fields. */
export function errorsFromReceiver(fieldErrors: readonly FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field: name, code } of fieldErrors) {
    const field = formField(name);
    if (!field || errors[field]) continue;
    errors[field] = code === 'required' || code === 'too-long' ? code : code === 'too_big' ? 'too-long' : 'invalid';
  }
  return errors;
}

/** Fields with an error, in form order. */
export function orderedErrors(errors: FieldErrors): [FieldName, ErrorCode][] {
  return FIELD_ORDER.flatMap((field) => (errors[field] ? [[field, errors[field]] as [FieldName, ErrorCode]] : []));
}
