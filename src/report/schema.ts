import * as z from 'zod/mini';
import { hidePrototypeKeys } from '../security/clean-prototypes.js';

// Schemas are built with a polluted page's prototype extras hidden (see clean-prototypes.ts).
const restorePrototypes = hidePrototypeKeys();

/**
 * The meldpunt report: what a local actor needs to make contact, nothing medical.
 * One schema for the widget (validation before sending) and for receivers
 * (`import { reportSchema } from 'eenzaamheid-hulp/schema'`).
 */
export const REPORT_SCHEMA_VERSION = 1;

export const ABOUT = ['self', 'other'] as const;
export const RELATIONS = ['family', 'neighbour', 'friend', 'professional', 'other'] as const;
export const PERSON_KNOWS = ['yes', 'no', 'unsure'] as const;
export const AGE_GROUPS = ['under-18', '18-25', '26-64', '65-plus', 'unknown'] as const;
export const CONTACT_METHODS = ['phone', 'email'] as const;
export const LANGS = ['nl', 'fr', 'en'] as const;

export const AREA_MAX = 60;
export const SITUATION_MAX = 1000;
export const CONTACT_TIMES_MAX = 200;
export const NAME_MAX = 60;

const phonePattern = /^\+?[0-9][0-9 ./-]{5,19}$/;
const emailPattern = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]{2,}$/;
/** Coarse place only: a Belgian postcode or a neighbourhood name, never a street address with a number. */
const areaPattern = /^(?:[1-9][0-9]{3}|[\p{L}][\p{L}' .-]*)$/u;

/**
 * The conditional rules below also run when other fields already failed (zod skips
 * refinements after a failed field by default), so one submit lists every problem of
 * the chosen path: the form never reveals its questions in waves.
 */
const evenWithOtherProblems = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const reportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    /** Made once per report in the browser; also the Idempotency-Key header. */
    id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
    about: z.enum(ABOUT),
    /** Optional (about someone else): who that person is to the reporter, and whether they know. */
    relation: z.optional(z.enum(RELATIONS)),
    personKnows: z.optional(z.enum(PERSON_KNOWS)),
    ageGroup: z.enum(AGE_GROUPS),
    area: z.string().check(z.trim(), z.minLength(2), z.maxLength(AREA_MAX), z.regex(areaPattern)),
    situation: z.optional(trimmed(SITUATION_MAX)),
    contactMethod: z.enum(CONTACT_METHODS),
    name: z.optional(trimmed(NAME_MAX)),
    phone: z.optional(z.string().check(z.trim(), z.regex(phonePattern))),
    email: z.optional(z.string().check(z.trim(), z.maxLength(200), z.regex(emailPattern))),
    contactTimes: z.optional(trimmed(CONTACT_TIMES_MAX)),
    consent: z.boolean(),
    partner: z.optional(z.string().check(z.maxLength(64))),
    lang: z.enum(LANGS),
    /** The page the report came from, without query string or fragment. */
    page: z.optional(z.string().check(z.maxLength(500))),
    /** Spam signals for the receiver to judge: a field people never fill, and the fill-in time. */
    honeypot: z.optional(z.string().check(z.maxLength(500))),
    fillMs: z.optional(z.number().check(z.int(), z.minimum(0))),
    createdAt: z.iso.datetime(),
  })
  .check(
    z.refine((report) => report.contactMethod !== 'phone' || Boolean(report.phone), { path: ['phone'], message: 'required', ...evenWithOtherProblems }),
    z.refine((report) => report.contactMethod !== 'email' || Boolean(report.email), { path: ['email'], message: 'required', ...evenWithOtherProblems }),
    // Explicit consent is required for a report about the reporter. The widget also asks
    // it of someone reporting about another person (they are the one contacted); a
    // receiver still accepts such a report without it, as earlier widgets sent them.
    z.refine((report) => report.about !== 'self' || report.consent === true, { path: ['consent'], message: 'required', ...evenWithOtherProblems }),
  );

export type Report = z.infer<typeof reportSchema>;
export type ReportField = keyof Report;

export type Relation = (typeof RELATIONS)[number];
export type PersonKnows = (typeof PERSON_KNOWS)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export type About = (typeof ABOUT)[number];

/** Field errors as a receiver returns them with 400/422: `{ errors: [{ field, code }] }`. */
export const fieldErrorsSchema = z.object({
  errors: z.array(z.object({ field: z.string(), code: z.optional(z.string()), message: z.optional(z.string()) })),
});

restorePrototypes();
