import { REPORT_SCHEMA_VERSION, type About, type AgeGroup, type ContactMethod, type PersonKnows, type Relation } from '../schema.js';

/**
 * What the resident has typed, exactly as typed: the form never rewrites input.
 * An empty string means "not chosen yet". Kept in memory only, never in storage.
 */
export interface FormValues {
  about: About | '';
  relation: Relation | '';
  personKnows: PersonKnows | '';
  ageGroup: AgeGroup | '';
  area: string;
  situation: string;
  contactMethod: ContactMethod | '';
  phone: string;
  email: string;
  name: string;
  contactTimes: string;
  consent: boolean;
  /** The spam trap: people never see it, so never fill it. */
  honeypot: string;
}

export type FieldName = Exclude<keyof FormValues, 'honeypot'>;

/** The order the fields appear in, and so the order of the error summary. */
export const FIELD_ORDER: readonly FieldName[] = [
  'about',
  'relation',
  'personKnows',
  'ageGroup',
  'area',
  'situation',
  'contactMethod',
  'phone',
  'email',
  'name',
  'contactTimes',
  'consent',
];

export function emptyValues(about: About | '' = ''): FormValues {
  return {
    about,
    relation: '',
    personKnows: '',
    ageGroup: '',
    area: '',
    situation: '',
    contactMethod: '',
    phone: '',
    email: '',
    name: '',
    contactTimes: '',
    consent: false,
    honeypot: '',
  };
}

/** Fields that apply to the current answers: the others are hidden and never sent. */
export function activeFields(values: FormValues): ReadonlySet<FieldName> {
  return new Set(
    FIELD_ORDER.filter((field) => {
      if (field === 'relation' || field === 'personKnows') return values.about === 'other';
      if (field === 'consent') return values.about !== 'other';
      if (field === 'phone') return values.contactMethod === 'phone';
      if (field === 'email') return values.contactMethod === 'email';
      return true;
    }),
  );
}

/** True once the resident has typed or chosen anything worth keeping. */
export function hasInput(values: FormValues): boolean {
  const empty = emptyValues(values.about);
  return FIELD_ORDER.some((field) => field !== 'about' && values[field] !== empty[field]);
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

/** The payload candidate for the schema: only the active fields, empty ones left out. */
export function toCandidate(values: FormValues, context: ReportContext): Record<string, unknown> {
  const active = activeFields(values);
  const pick = <T>(field: FieldName, value: T): T | undefined => (active.has(field) ? value : undefined);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: context.id,
    about: chosen(values.about),
    relation: pick('relation', chosen(values.relation)),
    personKnows: pick('personKnows', chosen(values.personKnows)),
    ageGroup: chosen(values.ageGroup),
    area: values.area,
    situation: optional(values.situation),
    contactMethod: chosen(values.contactMethod),
    phone: pick('phone', optional(values.phone)),
    email: pick('email', optional(values.email)),
    name: optional(values.name),
    contactTimes: optional(values.contactTimes),
    consent: values.about === 'other' ? false : values.consent,
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
