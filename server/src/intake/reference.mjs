import { randomInt } from 'node:crypto';

/**
 * Letters and digits a resident can read aloud on the phone without confusion:
 * no 0/O, no 1/I/L. 31 symbols ^ 8 ≈ 8.5e11 references, so collisions are rare
 * and guessing someone else's reference is impractical.
 */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERENCE_LENGTH = 8;
export const REFERENCE_PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** One random reference from a CSPRNG (crypto.randomInt), so references reveal nothing about order or volume. */
export function randomReference() {
  let out = '';
  for (let i = 0; i < REFERENCE_LENGTH; i += 1) out += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return out;
}
