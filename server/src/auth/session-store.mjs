import { createHash } from 'node:crypto';

/**
 * A session whose data did not change is written back at most this often: @fastify/session
 * saves on every request (to slide the idle timeout), and a database write per page view
 * would compete with the intake's writes. The idle timeout is therefore exact to a minute.
 */
export const TOUCH_EVERY_MS = 60_000;

/**
 * @fastify/session's store interface (callbacks) over the receiver's store. Session ids
 * are kept as SHA-256 hashes, so reading the database does not give a usable session.
 * Idle and absolute timeouts are decided here by the receiver's clock: an expired
 * session is deleted and reads as none (signed out). With encryption at rest on, the
 * session's data (which holds a new account's TOTP key while it is being set up) is
 * encrypted like the personal fields.
 */
export class SessionStore {
  /**
   * @param {{ sessions: import('../store/contract.mjs').SessionStore, cipher: import('../crypto/field-cipher.mjs').FieldCipher,
   *   now: () => number, idleMs: number, absoluteMs: number }} options
   */
  constructor({ sessions, cipher, now, idleMs, absoluteMs }) {
    this.sessions = sessions;
    this.cipher = cipher;
    this.now = now;
    this.idleMs = idleMs;
    this.absoluteMs = absoluteMs;
    /** @type {Map<string, { data: string, writtenAt: number }>} what this process last wrote, per session */
    this.written = new Map();
  }

  /** @param {string} id */
  static hash(id) {
    return createHash('sha256').update(id).digest('hex');
  }

  /** @param {string} id @param {(error: Error | null, session?: object | null) => void} callback */
  get(id, callback) {
    const idHash = SessionStore.hash(id);
    this.sessions
      .get(idHash)
      .then(async (row) => {
        if (!row) return callback(null, null);
        const now = this.now();
        if (now - row.last_seen_at > this.idleMs || now - row.created_at > this.absoluteMs) {
          await this.sessions.destroy(idHash);
          return callback(null, null);
        }
        let data;
        try {
          data = JSON.parse(/** @type {string} */ (this.cipher.decrypt(row.data, `session:${idHash}`)));
        } catch {
          // Written with a data key that is gone (rotated out): signed out, not an error.
          await this.sessions.destroy(idHash);
          return callback(null, null);
        }
        callback(null, data);
      })
      .catch((error) => callback(error));
  }

  /** @param {string} id @param {{ accountId?: number }} session @param {(error?: Error) => void} callback */
  set(id, session, callback) {
    const idHash = SessionStore.hash(id);
    const now = this.now();
    // The cookie's expiry moves on every request; what matters is the rest.
    const { cookie: _cookie, ...rest } = /** @type {Record<string, unknown>} */ (session);
    const data = JSON.stringify(rest);
    const last = this.written.get(idHash);
    if (last && last.data === data && now - last.writtenAt < TOUCH_EVERY_MS) {
      callback();
      return;
    }
    this.sweep(now);
    this.sessions
      .set(idHash, /** @type {string} */ (this.cipher.encrypt(JSON.stringify(session), `session:${idHash}`)), session.accountId ?? null, now)
      .then(() => {
        this.written.set(idHash, { data, writtenAt: now });
        callback();
      })
      .catch((error) => callback(error));
  }

  /** Forget what was written for sessions idle longer than the timeout. @param {number} now */
  sweep(now) {
    if (this.written.size < 1000) return;
    for (const [idHash, { writtenAt }] of this.written) if (now - writtenAt > this.idleMs) this.written.delete(idHash);
  }

  /** @param {string} id @param {(error?: Error) => void} callback */
  destroy(id, callback) {
    const idHash = SessionStore.hash(id);
    this.written.delete(idHash);
    this.sessions
      .destroy(idHash)
      .then(() => callback())
      .catch((error) => callback(error));
  }
}
