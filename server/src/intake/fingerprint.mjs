import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so the same content always gives the
 * same text whatever the key order or whitespace it was sent with.
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(/** @type {Record<string, unknown>} */ (value)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A fingerprint of what was sent, to tell a retry (same content) from a different report
 * under the same key. `ignore` names top-level fields that change between two sends of
 * the same report (the fill-in time is measured again at each submit).
 * @param {unknown} value
 * @param {string[]} [ignore]
 */
export function fingerprint(value, ignore = []) {
  let subject = value;
  if (value && typeof value === 'object' && !Array.isArray(value) && ignore.length) {
    subject = Object.fromEntries(Object.entries(value).filter(([key]) => !ignore.includes(key)));
  }
  return createHash('sha256').update(canonicalJson(subject)).digest('hex');
}
