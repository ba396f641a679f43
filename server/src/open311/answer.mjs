import { xmlDocument } from './xml.mjs';

/**
 * GeoReport v2 answers in the format the path asks (`.json` or `.xml`), from one plain
 * value. Errors are GeoReport's: `[{ code, description }]` in JSON,
 * `<errors><error><code/><description/></error></errors>` in XML, whatever went wrong
 * (validation, api_key, an unknown code or id, a rate limit, a body too large).
 */

export const FORMATS = /** @type {const} */ (['json', 'xml']);
/** @typedef {typeof FORMATS[number]} Format */

export const CONTENT_TYPES = Object.freeze({
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
});

/**
 * The root element of each kind of answer in XML (JSON has no root).
 * @typedef {'services' | 'service_definition' | 'service_requests' | 'errors' | 'discovery'} Root
 */

/**
 * @param {Format} format
 * @param {Root} root
 * @param {unknown} value
 * @returns {{ contentType: string, body: string }}
 */
export function render(format, root, value) {
  if (format === 'xml') return { contentType: CONTENT_TYPES.xml, body: xmlDocument(root, value) };
  return { contentType: CONTENT_TYPES.json, body: JSON.stringify(value) };
}

/**
 * GeoReport errors, one per description, each with the HTTP status as its code.
 * @param {number} status
 * @param {string[]} descriptions
 */
export const errorList = (status, descriptions) => descriptions.map((description) => ({ code: status, description }));

/**
 * Split `name.ext` from a path segment: `eenzaamheid.json` → { name, format }.
 * @param {string} file
 * @returns {{ name: string, format: Format } | null}
 */
export function splitFormat(file) {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  return match ? { name: /** @type {string} */ (match[1]), format: /** @type {Format} */ (match[2]) } : null;
}
