import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time set-up links for new accounts and resets: the link holds a random token,
 * the database only its SHA-256, so a copy of the database opens no account.
 */

export const SETUP_TOKEN_MS = 72 * 60 * 60 * 1000;

export function newToken() {
  return randomBytes(32).toString('base64url');
}

/** @param {string} token */
export function hashToken(token) {
  return createHash('sha256').update(token).digest('hex');
}
