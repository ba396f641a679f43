import { SITUATION_MAX, reportSchema } from 'eenzaamheid-hulp/schema';
import { ATTRIBUTES, PRECISE_LOCATION, STANDARD, attribute } from './fields.mjs';

/**
 * The JSON intake's rules for an Open311 request: each field is checked with the same
 * schema the widget and POST /reports use (`reportSchema.shape`), so a street address,
 * a malformed e-mail or phone number is refused here exactly as there.
 *
 * @typedef {object} Open311Report
 * @property {string} serviceCode
 * @property {string | null} description
 * @property {string} area
 * @property {string | null} email
 * @property {string | null} phone
 * @property {string | null} name
 * @property {'self' | 'other' | 'unknown'} about
 * @property {string} ageGroup
 * @property {string | null} partner
 * @property {'nl' | 'fr' | 'en'} lang
 * @property {string | null} honeypot
 * @property {number | null} fillMs
 */

const shape = reportSchema.shape;
/** The widget puts a few "key=value" lines before the resident's text in `description`. */
export const DESCRIPTION_MAX = SITUATION_MAX + 500;
export const NAME_MAX = 60;

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
 * @param {Record<string, string>} fields  the form fields, one value each
 * @returns {{ ok: true, report: Open311Report } | { ok: false, problems: string[] }}
 */
export function validateOpen311(fields) {
  /** @type {string[]} */
  const problems = [];

  const serviceCode = present(fields[STANDARD.serviceCode]);
  if (!serviceCode) problems.push('service_code is required');
  else if (serviceCode.length > 100) problems.push('service_code is too long');

  for (const name of PRECISE_LOCATION) {
    if (present(fields[name]) !== undefined) {
      problems.push(`${name}: no precise location; give the neighbourhood or postcode as address_string`);
    }
  }
  const areaText = present(attribute(fields, ATTRIBUTES.area)) ?? present(fields[STANDARD.address]);
  const area = check(shape.area, areaText);
  if (areaText === undefined) problems.push('address_string is required: the neighbourhood or postcode');
  else if (!area.ok) problems.push('address_string must be a neighbourhood or a postcode, never a street address');

  const emailText = present(fields[STANDARD.email]);
  const phoneText = present(fields[STANDARD.phone]);
  const email = check(shape.email, emailText);
  const phone = check(shape.phone, phoneText);
  if (emailText === undefined && phoneText === undefined) problems.push('email or phone is required');
  if (emailText !== undefined && !email.ok) problems.push('email is not a valid e-mail address');
  if (phoneText !== undefined && !phone.ok) problems.push('phone is not a valid phone number');

  const description = present(fields[STANDARD.description]) ?? null;
  if (description !== null && description.length > DESCRIPTION_MAX) problems.push('description is too long');

  const name = [present(fields[STANDARD.firstName]), present(fields[STANDARD.lastName])].filter(Boolean).join(' ') || null;
  if (name !== null && name.length > NAME_MAX) problems.push('first_name and last_name are too long');

  const aboutText = present(attribute(fields, ATTRIBUTES.about));
  const about = aboutText === undefined ? { ok: true, value: 'unknown' } : check(shape.about, aboutText);
  if (!about.ok) problems.push('attribute[about] must be self or other');
  const ageText = present(attribute(fields, ATTRIBUTES.ageGroup));
  const ageGroup = ageText === undefined ? { ok: true, value: 'unknown' } : check(shape.ageGroup, ageText);
  if (!ageGroup.ok) problems.push('attribute[age_group] is not a known age group');
  const partnerText = present(attribute(fields, ATTRIBUTES.partner));
  const partner = partnerText === undefined ? { ok: true, value: null } : check(shape.partner, partnerText);
  if (!partner.ok) problems.push('attribute[partner] is too long');
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
      description,
      area: /** @type {string} */ (area.value),
      email: emailText === undefined ? null : /** @type {string} */ (email.value),
      phone: phoneText === undefined ? null : /** @type {string} */ (phone.value),
      name,
      about: /** @type {any} */ (about.value),
      ageGroup: /** @type {string} */ (ageGroup.value),
      partner: /** @type {string | null} */ (partner.value),
      // An unknown language is not an error for a third-party client: Dutch, the city's language.
      lang: lang.ok ? /** @type {any} */ (lang.value) : 'nl',
      honeypot,
      fillMs,
    },
  };
}
