/**
 * GeoReport v2's XML, written from the same plain values as the JSON answers: an object
 * is an element per key, an array is one `item` element per entry (GeoReport names them:
 * `service`, `request`, `attribute`, `value`, `error`, `endpoint`, `format`), text is
 * escaped, so a hostile value (`<`, `&`, quotes, a stray `]]>`) stays text. Characters
 * XML 1.0 cannot hold at all (most control characters, lone surrogates) are dropped.
 * Null and undefined give an empty element, as GeoReport's examples show optional fields.
 */

/** XML 1.0 Char: everything else would make the document not well-formed. */
const NOT_XML_CHAR = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** @param {string} text */
export function escapeXml(text) {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** @param {unknown} value */
function scalar(value) {
  if (value === null || value === undefined) return '';
  return escapeXml(String(value));
}

/**
 * @param {string} name  an element name (a fixed one from this code, never from input)
 * @param {unknown} value
 * @param {Record<string, string>} itemNames  array element names by the array's key
 * @returns {string}
 */
function element(name, value, itemNames) {
  if (Array.isArray(value)) {
    const item = itemNames[name];
    if (!item) return `<${name}>${scalar(value.join(', '))}</${name}>`;
    return `<${name}>${value.map((entry) => element(item, entry, itemNames)).join('')}</${name}>`;
  }
  if (value !== null && typeof value === 'object') {
    const children = Object.entries(value).map(([key, child]) => element(key, child, itemNames));
    return `<${name}>${children.join('')}</${name}>`;
  }
  return `<${name}>${scalar(value)}</${name}>`;
}

/** Array element names used by GeoReport v2 and Service Discovery. */
const ITEM_NAMES = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

/**
 * A whole document: the declaration with its encoding, then the root element.
 * Arrays without an item name (GeoReport's `keywords`) become comma-separated text.
 * @param {string} root
 * @param {unknown} value  an array for list roots (`services`, `service_requests`, `errors`), else an object
 */
export function xmlDocument(root, value) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, ITEM_NAMES)}\n`;
}
