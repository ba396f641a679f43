/**
 * Validation of one reach beacon (payload version 1), as the widget sends it with
 * navigator.sendBeacon. Strict on what it reads, silent about the rest:
 *  - only own properties count (an inherited `name` is no name), and only the fields
 *    below are read; anything else (extra fields, `__proto__`, `constructor`) is ignored
 *    and never stored;
 *  - every field has a closed set of values or a fixed shape;
 *  - a detail field (visible, kind, resourceType, results, route) is required for the
 *    event it belongs to and must be absent or null on every other event, so a client
 *    bug cannot skew the counts unnoticed.
 */

export const EVENT_VERSION = 1;

export const EVENT_NAMES = new Set([
  'eh-view',
  'eh-visible',
  'eh-resource-click',
  'eh-search',
  'eh-route',
  'eh-report-start',
  'eh-report-success',
]);
const LANGS = new Set(['nl', 'fr', 'en']);
const PARTNER_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SITE_MAX = 200;
export const PATH_MAX = 300;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * Detail fields: which event needs them and which values they may have.
 * `column` is the events table column.
 */
const DETAILS = /** @type {const} */ ([
  { field: 'visible', column: 'visible', event: 'eh-visible', values: new Set(['<5s', '5-30s', '30s-2m', '>2m']) },
  { field: 'kind', column: 'kind', event: 'eh-resource-click', values: new Set(['tel', 'web', 'mail']) },
  { field: 'resourceType', column: 'resource_type', event: 'eh-resource-click', values: new Set(['helpline', 'initiative']) },
  { field: 'results', column: 'results', event: 'eh-search', values: new Set(['0', '1-3', '4+']) },
  { field: 'route', column: 'route', event: 'eh-route', values: new Set(['self', 'other']) },
]);

/**
 * One events row, before month and received_at are added.
 * @typedef {object} EventRow
 * @property {string} name
 * @property {string | null} partner
 * @property {string} lang
 * @property {string} site
 * @property {string} path
 * @property {string | null} visible
 * @property {string | null} kind
 * @property {string | null} resource_type
 * @property {string | null} results
 * @property {string | null} route
 */

/** @typedef {{ ok: true, event: EventRow } | { ok: false, reason: string }} EventVerdict */

/**
 * True for a bare http(s) origin exactly as browsers serialize it in the Origin
 * header: lower-case scheme and host, no default port, no path, no trailing slash.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isOrigin(value) {
  if (typeof value !== 'string' || value.length > SITE_MAX) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The page path without query string or fragment (those may hold search terms, names
 * or tokens, so they are cut off even though the widget should never send them).
 * Null when it is not a path.
 * @param {unknown} value
 * @returns {string | null}
 */
export function cleanPath(value) {
  if (typeof value !== 'string') return null;
  const cut = value.search(/[?#]/);
  const path = cut === -1 ? value : value.slice(0, cut);
  if (!path.startsWith('/') || path.length > PATH_MAX || CONTROL_CHARS.test(path)) return null;
  return path;
}

/**
 * Check one parsed beacon.
 * @param {unknown} value the parsed JSON body
 * @param {string | undefined} origin the request's Origin header; when given, `site` must equal it
 * @returns {EventVerdict}
 */
export function parseEvent(value, origin) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return invalid('body');
  const record = /** @type {Record<string, unknown>} */ (value);
  /** @param {string} key */
  const own = (key) => (Object.hasOwn(record, key) ? record[key] : undefined);

  if (own('v') !== EVENT_VERSION) return invalid('v');
  const name = own('name');
  if (typeof name !== 'string' || !EVENT_NAMES.has(name)) return invalid('name');

  const partner = own('partner') ?? null;
  if (partner !== null && (typeof partner !== 'string' || !PARTNER_PATTERN.test(partner))) return invalid('partner');
  const lang = own('lang');
  if (typeof lang !== 'string' || !LANGS.has(lang)) return invalid('lang');
  const site = own('site');
  if (!isOrigin(site)) return invalid('site');
  if (origin !== undefined && site !== origin) return invalid('site-origin');
  const path = cleanPath(own('path'));
  if (path === null) return invalid('path');

  /** @type {EventRow} */
  const event = { name, partner, lang, site, path, visible: null, kind: null, resource_type: null, results: null, route: null };
  for (const { field, column, event: owner, values } of DETAILS) {
    const detail = own(field) ?? null;
    if (name !== owner) {
      if (detail !== null) return invalid(field);
      continue;
    }
    if (typeof detail !== 'string' || !values.has(detail)) return invalid(field);
    event[column] = detail;
  }
  return { ok: true, event };
}

/** @param {string} field @returns {EventVerdict} */
function invalid(field) {
  return { ok: false, reason: `invalid-${field}` };
}
