/**
 * The Open311 GeoReport v2 form fields this receiver reads, and where each lands in a
 * report. One table: the service definition (service.mjs) documents the attributes,
 * validate.mjs reads them from here. Service-specific data uses GeoReport's
 * `attribute[code]`; a few are also read without the wrapper for simple clients.
 *
 * Never read: `lat`, `long` and `address_id` (a precise place), refused with an error;
 * `media_url`, `device_id`, `account_id` and any field not listed are ignored and never
 * stored. `api_key` is checked and never stored.
 */

/** Standard GeoReport v2 fields. */
export const STANDARD = /** @type {const} */ ({
  serviceCode: 'service_code',
  apiKey: 'api_key',
  jurisdiction: 'jurisdiction_id',
  description: 'description',
  /** A neighbourhood or postcode only (the `area` attribute is the service's location), never a street address. */
  address: 'address_string',
  email: 'email',
  phone: 'phone',
  firstName: 'first_name',
  lastName: 'last_name',
  lang: 'lang',
});

/** Service attributes: `attribute[…]`, or the bare name. Codes as in service.mjs. */
export const ATTRIBUTES = /** @type {const} */ ({
  area: 'area',
  about: 'about',
  consent: 'consent',
  ageGroup: 'age_group',
  relation: 'relation',
  personKnows: 'person_knows',
  contactTimes: 'contact_times',
  partner: 'partner',
  lang: 'lang',
  reportId: 'report_id',
  honeypot: 'honeypot',
  fillMs: 'fill_ms',
});

/** A precise location: a loneliness report never carries one. */
export const PRECISE_LOCATION = ['lat', 'long', 'address_id'];

/**
 * Fields that are not part of a report's fingerprint: the fill-in time changes between
 * two sends of one report, and the api_key is a credential (a rotated key is the same report).
 */
export const VOLATILE = ['fill_ms', 'attribute[fill_ms]', 'api_key'];

/**
 * The value of an attribute: `attribute[name]` wins over the bare name.
 * @param {Record<string, string>} fields
 * @param {string} name
 */
export function attribute(fields, name) {
  return fields[`attribute[${name}]`] ?? fields[name];
}
