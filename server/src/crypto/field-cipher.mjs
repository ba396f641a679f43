import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Optional encryption at rest of the personal fields (a report's area and payload, an
 * account's TOTP secret) with AES-256-GCM from node:crypto. Keys come from the
 * environment, never from the database: a stolen database file (or backup) without the
 * environment shows no names or phone numbers.
 *
 * Keys: `RECEIVER_DATA_KEYS="2026b:<base64 of 32 bytes>,2026a:<base64>"`. The first key
 * encrypts; every listed key decrypts, so rotation is: put a new key first, restart,
 * run `eenzaamheid-hulp-receiver rotate-key` (re-encrypts every field with the first
 * key), then drop the old key. Each value is stored as
 * `enc:v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url), bound to its row's id as
 * additional data, so a value copied onto another row does not decrypt.
 * Without keys, values are stored as they are (and read as they are).
 *
 * @typedef {object} FieldCipher
 * @property {boolean} enabled
 * @property {string | null} currentKeyId
 * @property {(text: string | null, rowId: string) => string | null} encrypt
 * @property {(stored: string | null, rowId: string) => string | null} decrypt
 * @property {(stored: string | null) => boolean} needsRotation  plain text, or encrypted with another key than the first
 */

const PREFIX = 'enc:v1:';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class KeyError extends Error {
  name = 'KeyError';
}

/**
 * Parse the key list. Throws KeyError with what is wrong (never with the key).
 * @param {string | undefined} spec
 * @returns {{ id: string, key: Buffer }[]}
 */
export function parseKeys(spec) {
  if (!spec || !spec.trim()) return [];
  return spec.split(',').map((part, index) => {
    const [id, encoded, ...rest] = part.trim().split(':');
    if (!id || !KEY_ID.test(id) || encoded === undefined || rest.length) {
      throw new KeyError(`data key ${index + 1}: expected <id>:<base64 of 32 bytes>`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new KeyError(`data key "${id}": must be 32 bytes (base64), is ${key.length}`);
    return { id, key };
  });
}

/** A new random key in the environment format, for `eenzaamheid-hulp-receiver generate-key`. */
export function generateKey(id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`) {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * @param {string | undefined} spec  the RECEIVER_DATA_KEYS value
 * @returns {FieldCipher}
 */
export function createFieldCipher(spec) {
  const keys = parseKeys(spec);
  const byId = new Map(keys.map(({ id, key }) => [id, key]));
  const current = keys[0] ?? null;

  return {
    enabled: current !== null,
    currentKeyId: current?.id ?? null,
    encrypt(text, rowId) {
      if (text === null || current === null) return text;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(rowId, 'utf8'));
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${PREFIX}${current.id}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${data.toString('base64url')}`;
    },
    decrypt(stored, rowId) {
      if (stored === null || !stored.startsWith(PREFIX)) return stored;
      const [id, iv, tag, data] = stored.slice(PREFIX.length).split(':');
      const key = byId.get(id ?? '');
      if (!key) throw new KeyError(`no data key "${id}" in RECEIVER_DATA_KEYS to read this value`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url'));
      decipher.setAAD(Buffer.from(rowId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64url')), decipher.final()]).toString('utf8');
    },
    needsRotation(stored) {
      if (stored === null || current === null) return false;
      return !stored.startsWith(`${PREFIX}${current.id}:`);
    },
  };
}
