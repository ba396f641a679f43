import * as OTPAuth from 'otpauth';

/**
 * The second factor: TOTP (RFC 6238, 6 digits, 30 s, SHA-1: what every authenticator
 * app reads) from the otpauth library. A code is accepted one step early or late for
 * clock drift, and each step once only (the caller stores the last step used).
 */

export const ISSUER = 'Meldpunt eenzaamheid';
const PERIOD = 30;
const WINDOW = 1;

/** A new random secret (160 bits), base32 as apps show it. */
export function newTotpSecret() {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** @param {string} secret @param {string} label */
function totp(secret, label = '') {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secret) });
}

/** The otpauth:// URI an app scans. @param {string} secret @param {string} email */
export function totpUri(secret, email) {
  return totp(secret, email).toString();
}

/**
 * The 30-second step a code belongs to, or null when it is not valid now.
 * @param {string} secret @param {string} code @param {number} now epoch ms
 */
export function totpStep(secret, code, now) {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code an app shows at `now` (for the demo's `demo-code` command and the tests). */
export function currentTotpCode(secret, now = Date.now()) {
  return totp(secret).generate({ timestamp: now });
}
