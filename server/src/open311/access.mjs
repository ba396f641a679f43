import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may use the Open311 endpoints. Without configured keys (RECEIVER_OPEN311_API_KEYS)
 * none is needed; with keys, POST /requests and GET status need one of them as `api_key`
 * (a form field or query parameter, as GeoReport puts it), else 403. `jurisdiction_id`
 * is checked against RECEIVER_OPEN311_JURISDICTION when that is set (another one: 404),
 * and ignored otherwise: this receiver serves one jurisdiction.
 */

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Compared in constant time (digests of equal length), against every key, so the answer
 * time tells nothing about how close a guess was.
 * @param {string[]} keys
 * @param {unknown} supplied
 * @returns {string | null} the problem, or null when allowed
 */
export function apiKeyProblem(keys, supplied) {
  if (keys.length === 0) return null;
  if (typeof supplied !== 'string' || supplied === '') return 'api_key is required';
  const given = digest(supplied);
  let match = false;
  for (const key of keys) match = timingSafeEqual(given, digest(key)) || match;
  return match ? null : 'api_key is not valid';
}

/**
 * @param {string | null} jurisdiction  the configured jurisdiction_id, if any
 * @param {unknown} supplied
 * @returns {string | null}
 */
export function jurisdictionProblem(jurisdiction, supplied) {
  if (jurisdiction === null || supplied === undefined || supplied === '') return null;
  return supplied === jurisdiction ? null : 'jurisdiction_id not found';
}
