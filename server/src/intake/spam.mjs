/**
 * Spam signals the widget sends for the receiver to judge: a hidden field people never
 * fill (`honeypot`) and the time from opening the form to sending it (`fillMs`). A bot
 * is answered exactly like a resident (same status, headers and body shape, replayed by
 * its key), so it learns nothing; its report is never stored.
 */

/** No person answers the form's questions in under three seconds. */
export const DEFAULT_MIN_FILL_MS = 3000;

/**
 * @param {{ honeypot?: unknown, fillMs?: unknown }} signals
 * @param {{ minFillMs: number }} policy
 * @returns {'honeypot' | 'too-fast' | null} why it is spam, or null for a person
 */
export function spamVerdict({ honeypot, fillMs }, { minFillMs }) {
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return 'honeypot';
  // Without a fill-in time (an Open311 client, an old widget) there is nothing to judge.
  if (typeof fillMs === 'number' && Number.isFinite(fillMs) && fillMs < minFillMs) return 'too-fast';
  return null;
}
