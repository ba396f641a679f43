import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt from node:crypto: memory-hard (N = 2^16, r = 8: 64 MiB per
 * hash, about 0.4 s here), no native build to install. It runs on libuv's thread pool,
 * so a sign-in never blocks the event loop that takes reports. The cost is stored with
 * each hash: a hash made with a lower cost is re-made at the next sign-in.
 *
 * Stored as `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`.
 */

/** @typedef {{ log2N: number, r: number, p: number }} ScryptCost */

/** @type {ScryptCost} */
export const DEFAULT_COST = Object.freeze({ log2N: 16, r: 8, p: 1 });
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
const KEY_LENGTH = 32;

/**
 * @param {string} password @param {Buffer} salt @param {ScryptCost} cost
 * @returns {Promise<Buffer>}
 */
function derive(password, salt, { log2N, r, p }) {
  const N = 2 ** log2N;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** @param {string} password @param {ScryptCost} [cost] */
export async function hashPassword(password, cost = DEFAULT_COST) {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** @param {string} stored @returns {(ScryptCost & { salt: Buffer, key: Buffer }) | null} */
function parse(stored) {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  return { log2N: Number(log2N), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/**
 * @param {string} password
 * @param {string | null} stored  null for an account without a password: checked against a
 *   dummy hash all the same, so the answer takes as long as for a real account
 */
export async function verifyPassword(password, stored, cost = DEFAULT_COST) {
  const parsed = stored ? parse(stored) : null;
  const subject = parsed ?? { ...cost, salt: Buffer.alloc(16), key: Buffer.alloc(KEY_LENGTH) };
  const key = await derive(password, subject.salt, subject);
  return parsed !== null && key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** @param {string} stored @param {ScryptCost} cost */
export function needsRehash(stored, cost) {
  const parsed = parse(stored);
  return !parsed || parsed.log2N < cost.log2N || parsed.r < cost.r || parsed.p < cost.p;
}

/**
 * A password's problem, or null. Length only, as NIST SP 800-63B advises: no
 * composition rules, any character, long passphrases welcome.
 * @param {string} password
 */
export function passwordProblem(password) {
  if (password.length < PASSWORD_MIN) return 'too-short';
  if (password.length > PASSWORD_MAX) return 'too-long';
  return null;
}
