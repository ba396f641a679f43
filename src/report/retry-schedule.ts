/**
 * How patiently a report is sent. A person in distress should never have to press
 * "send again" because the meldpunt's server restarted or a phone switched masts:
 * the widget keeps trying by itself, with capped exponential backoff and jitter (so a
 * recovering server is not hit by every waiting report at once), for at least
 * `patienceMs`, and only then asks the resident to act.
 */
export interface RetrySchedule {
  /** Wait after the first failed attempt (before jitter). */
  readonly firstDelayMs: number;
  /** Each further wait is this many times longer… */
  readonly factor: number;
  /** …up to this ceiling. */
  readonly maxDelayMs: number;
  /** Keep trying at least this long after the first attempt before saying "not sent yet". */
  readonly patienceMs: number;
  /** A receiver's Retry-After is honoured up to this; asking for longer ends the patience. */
  readonly maxRetryAfterMs: number;
  /** One attempt gives up after this long without an answer. */
  readonly attemptTimeoutMs: number;
}

/**
 * The schedule the widget uses: waits of about 1, 2, 4, 8, 16 s, then 20 s, for at
 * least two minutes (about 10 attempts when the server is down; each attempt may take
 * up to 10 s when it hangs instead). Tests pass a faster one; an end-to-end test checks
 * that the built widget uses this one.
 */
export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = Object.freeze({
  firstDelayMs: 1_000,
  factor: 2,
  maxDelayMs: 20_000,
  patienceMs: 120_000,
  maxRetryAfterMs: 60_000,
  attemptTimeoutMs: 10_000,
});

/**
 * The wait after `failedAttempts` failed attempts (1 or more): the capped exponential
 * ceiling, of which a random half is added to the other half ("equal jitter").
 */
export function backoffDelay(schedule: RetrySchedule, failedAttempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(schedule.maxDelayMs, schedule.firstDelayMs * schedule.factor ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A Retry-After header in milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
