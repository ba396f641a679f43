import { REPORT_SCHEMA_VERSION, type About, type AgeGroup, type PersonKnows, type Relation } from '../schema.js';

/**
 * What the resident has typed, exactly as typed: the form never rewrites input.
 * An empty string means "not chosen yet". Kept in memory only, never in storage.
 */
export interface FormValues {
  about: About | '';
  area: string;
  /** Phone or e-mail: one of the two is enough. */
  phone: string;
  email: string;
  consent: boolean;
  // Optional, after the essentials.
  ageGroup: AgeGroup | '';
  relation: Relation | '';
  personKnows: PersonKnows | '';
  situation: string;
  name: string;
  contactTimes: string;
  /** The spam trap: people never see it, so never fill it. */
  honeypot: string;
}

/** A question of the form; `contact` is the phone-or-e-mail group (the report's `contactMethod`). */
export type FieldName = Exclude<keyof FormValues, 'honeypot'> | 'contact';

/** The order the questions appear in, and so the order of the error summary. */
export const FIELD_ORDER: readonly FieldName[] = [
  'about',
  'area',
  'contact',
  'phone',
  'email',
  'ageGroup',
  'relation',
  'personKnows',
  'situation',
  'name',
  'contactTimes',
  'consent',
];

/**
 * What a local actor needs to make contact: who it is about, where, how to reach the
 * reporter, and consent. The same four on both paths, so one submit shows every problem.
 */
export const ESSENTIAL_FIELDS: ReadonlySet<FieldName> = new Set(['about', 'area', 'contact', 'phone', 'email', 'consent']);

/** The optional questions, in their own section after the essentials. */
export const OPTIONAL_FIELDS: readonly FieldName[] = FIELD_ORDER.filter((field) => !ESSENTIAL_FIELDS.has(field));

export function emptyValues(about: About | '' = ''): FormValues {
  return {
    about,
    area: '',
    phone: '',
    email: '',
    consent: false,
    ageGroup: '',
    relation: '',
    personKnows: '',
    situation: '',
    name: '',
    contactTimes: '',
    honeypot: '',
  };
}

/** Questions that apply to the current answers: the others are hidden and never sent. */
export function activeFields(values: FormValues): ReadonlySet<FieldName> {
  return new Set(FIELD_ORDER.filter((field) => (field === 'relation' || field === 'personKnows' ? values.about === 'other' : true)));
}

/** True once the resident has typed or chosen anything worth keeping. */
export function hasInput(values: FormValues): boolean {
  const empty = emptyValues(values.about);
  return (Object.keys(empty) as (keyof FormValues)[]).some((field) => field !== 'about' && field !== 'honeypot' && values[field] !== empty[field]);
}

export interface ReportContext {
  id: string;
  lang: 'nl' | 'fr' | 'en';
  partner: string | undefined;
  /** The page the report came from, without query string or fragment. */
  page: string;
  fillMs: number;
  createdAt: string;
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const chosen = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** Phone when a number is given (the meldpunt calls within 24 hours), else e-mail. */
export function contactMethodOf(values: FormValues): 'phone' | 'email' | undefined {
  if (values.phone.trim() !== '') return 'phone';
  if (values.email.trim() !== '') return 'email';
  return undefined;
}

/** The payload candidate for the schema: only the active questions, empty ones left out. */
export function toCandidate(values: FormValues, context: ReportContext): Record<string, unknown> {
  const active = activeFields(values);
  const pick = <T>(field: FieldName, value: T): T | undefined => (active.has(field) ? value : undefined);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: context.id,
    about: chosen(values.about),
    relation: pick('relation', chosen(values.relation)),
    personKnows: pick('personKnows', chosen(values.personKnows)),
    // Optional in the form; the report says "unknown" rather than leaving it out.
    ageGroup: chosen(values.ageGroup) ?? 'unknown',
    area: values.area,
    situation: optional(values.situation),
    contactMethod: contactMethodOf(values),
    phone: optional(values.phone),
    email: optional(values.email),
    name: optional(values.name),
    contactTimes: optional(values.contactTimes),
    consent: values.consent,
    partner: context.partner,
    lang: context.lang,
    page: context.page,
    honeypot: optional(values.honeypot),
    fillMs: context.fillMs,
    createdAt: context.createdAt,
  };
}

/** The page address without query string or fragment (they can hold personal data). */
export function pageWithoutQuery(href: string): string {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname}`.slice(0, 500);
  } catch {
    return '';
  }
}
