import { SITUATION_MAX, reportSchema } from 'eenzaamheid-hulp/schema';
import { ATTRIBUTES, PRECISE_LOCATION, STANDARD, attribute } from './fields.mjs';
import { SERVICE_CODE } from './service.mjs';

/**
 * The JSON intake's rules for an Open311 request: each field is checked with the same
 * schema the widget and POST /reports use (`reportSchema.shape`), so a street address,
 * a malformed e-mail or phone number is refused here exactly as there. The same rules
 * as the schema's own: `about` is required, `consent` must be true for a report about
 * oneself, and the person must be reachable (`email` or `phone`: GeoReport makes both
 * optional, the meldpunt must call back within 24 hours). Every problem is listed at once.
 *
 * @typedef {object} Open311Report
 * @property {string} serviceCode
 * @property {string | null} reportId
 * @property {string | null} description
 * @property {string} area
 * @property {string | null} email
 * @property {string | null} phone
 * @property {string | null} name
 * @property {'self' | 'other'} about
 * @property {boolean | null} consent
 * @property {string} ageGroup
 * @property {string | null} relation
 * @property {string | null} personKnows
 * @property {string | null} contactTimes
 * @property {string | null} partner
 * @property {'nl' | 'fr' | 'en'} lang
 * @property {string | null} honeypot
 * @property {number | null} fillMs
 */

const shape = reportSchema.shape;
/** The widget puts a few "key=value" lines before the resident's text in `description`. */
export const DESCRIPTION_MAX = SITUATION_MAX + 500;
export const NAME_MAX = 60;

/** The error for a precise place, in the README's words. */
export const NO_PRECISE_PLACE = 'a loneliness report never carries a precise place';

/**
 * @param {import('zod/mini').ZodMiniType} schema
 * @param {unknown} value
 */
function check(schema, value) {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, value: undefined };
}

/** @param {string | undefined} value */
const present = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * An optional attribute checked with a schema field: null when absent.
 * @param {Record<string, string>} fields
 * @param {string} code
 * @param {import('zod/mini').ZodMiniType} schema
 * @param {string} problem
 * @param {string[]} problems
 */
function optional(fields, code, schema, problem, problems) {
  const text = present(attribute(fields, code));
  if (text === undefined) return null;
  const result = check(schema, text);
  if (!result.ok) problems.push(problem);
  return result.ok ? /** @type {string} */ (result.value) : null;
}

/**
 * The place: `attribute[area]`, or `address_string` for clients that only know the
 * standard field. Each one given is checked, so a street address never comes in.
 * @param {Record<string, string>} fields
 * @param {string[]} problems
 */
function readArea(fields, problems) {
  for (const name of PRECISE_LOCATION) {
    if (present(fields[name]) !== undefined) problems.push(`${name}: ${NO_PRECISE_PLACE}; give the neighbourhood or postcode as attribute[area]`);
  }
  const given = [
    [`attribute[${ATTRIBUTES.area}]`, present(attribute(fields, ATTRIBUTES.area))],
    [STANDARD.address, present(fields[STANDARD.address])],
  ].filter((entry) => entry[1] !== undefined);
  if (given.length === 0) {
    problems.push('attribute[area] is required: the neighbourhood or postcode (address_string is read too)');
    return null;
  }
  let area = null;
  for (const [name, text] of given) {
    const result = check(shape.area, text);
    if (!result.ok) problems.push(`${name}: ${NO_PRECISE_PLACE}; give a neighbourhood or a postcode, never a street address`);
    else area ??= /** @type {string} */ (result.value);
  }
  return area;
}

/**
 * @param {Record<string, string>} fields  the form fields, one value each
 * @returns {{ ok: true, report: Open311Report } | { ok: false, problems: string[] }}
 */
export function validateOpen311(fields) {
  /** @type {string[]} */
  const problems = [];

  const serviceCode = present(fields[STANDARD.serviceCode]);
  if (!serviceCode) problems.push('service_code is required');
  else if (serviceCode !== SERVICE_CODE) problems.push(`service_code is not a known service (GET /services.json lists ${SERVICE_CODE})`);

  const area = readArea(fields, problems);

  const emailText = present(fields[STANDARD.email]);
  const phoneText = present(fields[STANDARD.phone]);
  const email = check(shape.email, emailText);
  const phone = check(shape.phone, phoneText);
  if (emailText === undefined && phoneText === undefined) problems.push('email or phone is required: the meldpunt calls or mails the person back');
  if (emailText !== undefined && !email.ok) problems.push('email is not a valid e-mail address');
  if (phoneText !== undefined && !phone.ok) problems.push('phone is not a valid phone number');

  const description = present(fields[STANDARD.description]) ?? null;
  if (description !== null && description.length > DESCRIPTION_MAX) problems.push('description is too long');

  const name = [present(fields[STANDARD.firstName]), present(fields[STANDARD.lastName])].filter(Boolean).join(' ') || null;
  if (name !== null && name.length > NAME_MAX) problems.push('first_name and last_name are too long');

  const aboutText = present(attribute(fields, ATTRIBUTES.about));
  const about = check(shape.about, aboutText);
  if (aboutText === undefined) problems.push('attribute[about] is required: self or other');
  else if (!about.ok) problems.push('attribute[about] must be self or other');

  const consentText = present(attribute(fields, ATTRIBUTES.consent));
  const consent = consentText === undefined ? null : consentText === 'true' ? true : consentText === 'false' ? false : undefined;
  if (consent === undefined) problems.push('attribute[consent] must be true or false');
  else if (about.value === 'self' && consent !== true) problems.push('attribute[consent] must be true for a report about oneself (about=self)');

  const ageGroup = optional(fields, ATTRIBUTES.ageGroup, shape.ageGroup, 'attribute[age_group] is not a known age group', problems) ?? 'unknown';
  const relation = optional(fields, ATTRIBUTES.relation, shape.relation, 'attribute[relation] is not a known relation', problems);
  const personKnows = optional(fields, ATTRIBUTES.personKnows, shape.personKnows, 'attribute[person_knows] must be yes, no or unsure', problems);
  const contactTimes = optional(fields, ATTRIBUTES.contactTimes, shape.contactTimes, 'attribute[contact_times] is too long', problems);
  const partner = optional(fields, ATTRIBUTES.partner, shape.partner, 'attribute[partner] is too long', problems);
  const reportId = optional(fields, ATTRIBUTES.reportId, shape.id, 'attribute[report_id] must be a UUID', problems);
  const langText = present(attribute(fields, ATTRIBUTES.lang));
  const lang = check(shape.lang, langText ?? 'nl');

  const honeypot = attribute(fields, ATTRIBUTES.honeypot) ?? null;
  const fillText = present(attribute(fields, ATTRIBUTES.fillMs));
  const fillMs = fillText !== undefined && /^\d{1,9}$/.test(fillText) ? Number(fillText) : null;
  if (fillText !== undefined && fillMs === null) problems.push('attribute[fill_ms] must be a whole number of milliseconds');

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    report: {
      serviceCode: /** @type {string} */ (serviceCode),
      reportId,
      description,
      area: /** @type {string} */ (area),
      email: emailText === undefined ? null : /** @type {string} */ (email.value),
      phone: phoneText === undefined ? null : /** @type {string} */ (phone.value),
      name,
      about: /** @type {any} */ (about.value),
      consent: /** @type {boolean | null} */ (consent),
      ageGroup,
      relation,
      personKnows,
      contactTimes,
      partner,
      // An unknown language is not an error for a third-party client: Dutch, the city's language.
      lang: lang.ok ? /** @type {any} */ (lang.value) : 'nl',
      honeypot,
      fillMs,
    },
  };
}
