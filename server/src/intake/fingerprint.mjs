import { createHash } from 'node:crypto';

/**
 * Deeper than this is no report: a body of `[[[[…` (8,000 levels fit in 16 KB) would
 * otherwise overflow the stack here and answer 500.
 */
export const MAX_DEPTH = 32;

export class NestedTooDeep extends Error {
  constructor() {
    super(`JSON nested deeper than ${MAX_DEPTH} levels`);
  }
}

/**
 * JSON with object keys sorted at every level, so the same content always gives the
 * same text whatever the key order or whitespace it was sent with.
 * @param {unknown} value
 * @param {number} [depth]
 * @returns {string}
 */
export function canonicalJson(value, depth = 0) {
  if (depth > MAX_DEPTH) throw new NestedTooDeep();
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(/** @type {Record<string, unknown>} */ (value)[key], depth + 1)}`);
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
