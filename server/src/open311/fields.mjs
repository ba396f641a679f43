/**
 * The Open311 GeoReport v2 form fields this receiver reads, and where each lands in a
 * report. One table, so completing GeoReport v2 (services, attributes, XML) changes
 * names here and nowhere else. Service-specific data uses GeoReport's `attribute[code]`;
 * a few are also read without the wrapper for simple clients.
 *
 * Never read: `lat`, `long` and `address_id` (a precise place), refused with an error;
 * any field not listed is ignored and never stored.
 */

/** Standard GeoReport v2 fields. */
export const STANDARD = /** @type {const} */ ({
  serviceCode: 'service_code',
  description: 'description',
  /** The neighbourhood or postcode (the widget sends its `area` here), never a street address. */
  address: 'address_string',
  email: 'email',
  phone: 'phone',
  firstName: 'first_name',
  lastName: 'last_name',
  lang: 'lang',
});

/** Service attributes: `attribute[…]`, or the bare name. */
export const ATTRIBUTES = /** @type {const} */ ({
  area: 'area',
  about: 'about',
  ageGroup: 'age_group',
  partner: 'partner',
  lang: 'lang',
  honeypot: 'honeypot',
  fillMs: 'fill_ms',
});

/** A precise location: a loneliness report never carries one. */
export const PRECISE_LOCATION = ['lat', 'long', 'address_id'];

/** Fields that change between two sends of one report (not part of its fingerprint). */
export const VOLATILE = ['fill_ms', 'attribute[fill_ms]'];

/**
 * The value of an attribute: `attribute[name]` wins over the bare name.
 * @param {Record<string, string>} fields
 * @param {string} name
 */
export function attribute(fields, name) {
  return fields[`attribute[${name}]`] ?? fields[name];
}
