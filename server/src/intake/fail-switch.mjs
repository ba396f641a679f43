import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A switch to make the receiver misbehave on purpose, so the widget's error paths
 * (server down, overloaded, captive portal, slow network, rejected field) can be
 * shown in the demo and tested end to end. Only wired up with `control: true`.
 */

export const FAIL_MODES = /** @type {const} */ (['ok', '500', '503', 'slow', 'html', '422']);
const DEFAULT_DELAY_MS = 3000;
const MAX_DELAY_MS = 60_000;

/** What a captive portal (hotel/station Wi-Fi) answers instead of our JSON. */
export const CAPTIVE_PORTAL_HTML =
  '<!doctype html><title>Wi-Fi login</title><h1>Welkom op het gratis Wi-Fi</h1><p>Log in om verder te surfen.</p>';

export function createFailSwitch() {
  /** @type {{ mode: typeof FAIL_MODES[number], remaining: number | null, delayMs: number }} */
  let state = { mode: 'ok', remaining: null, delayMs: DEFAULT_DELAY_MS };

  function get() {
    return { ...state };
  }

  /**
   * Set the mode from a POST /__control body. Returns an error message or null.
   * @param {unknown} input
   */
  function set(input) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'body must be an object';
    const { mode, times, delayMs } = /** @type {Record<string, unknown>} */ (input);
    if (typeof mode !== 'string' || !FAIL_MODES.includes(/** @type {any} */ (mode))) return `mode must be one of ${FAIL_MODES.join(', ')}`;
    if (times !== undefined && (!Number.isInteger(times) || /** @type {number} */ (times) < 1)) return 'times must be a positive integer';
    if (delayMs !== undefined && (!Number.isInteger(delayMs) || /** @type {number} */ (delayMs) < 0 || /** @type {number} */ (delayMs) > MAX_DELAY_MS)) {
      return `delayMs must be an integer from 0 to ${MAX_DELAY_MS}`;
    }
    state = {
      mode: /** @type {any} */ (mode),
      remaining: mode === 'ok' ? null : /** @type {number | undefined} */ (times) ?? null,
      delayMs: /** @type {number | undefined} */ (delayMs) ?? DEFAULT_DELAY_MS,
    };
    return null;
  }

  /** Use up one application of the current mode and return it; counts down `times`. */
  function take() {
    const taken = { mode: state.mode, delayMs: state.delayMs };
    if (state.remaining !== null) {
      state.remaining -= 1;
      if (state.remaining <= 0) state = { mode: 'ok', remaining: null, delayMs: DEFAULT_DELAY_MS };
    }
    return taken;
  }

  /**
   * Apply the switch to one report request. Returns a canned outcome to answer
   * instead of handling the request, or null to handle it normally (after the
   * delay in 'slow' mode). Canned outcomes are never remembered for idempotency,
   * so the widget's retry with the same key gets a real answer.
   * @param {AbortSignal} [signal] aborted when the receiver closes
   * @returns {Promise<import('./idempotency.mjs').Outcome | null>}
   */
  async function apply(signal) {
    const { mode, delayMs } = take();
    switch (mode) {
      case 'slow':
        await sleep(delayMs, undefined, { signal });
        return null;
      case '500':
        return { status: 500, body: JSON.stringify({ error: 'simulated-500' }) };
      case '503':
        return { status: 503, body: JSON.stringify({ error: 'simulated-503' }), headers: { 'Retry-After': '1' } };
      case 'html':
        return { status: 200, contentType: 'text/html; charset=utf-8', body: CAPTIVE_PORTAL_HTML };
      case '422':
        return { status: 422, body: JSON.stringify({ errors: [{ field: 'area', code: 'invalid' }] }) };
      default:
        return null;
    }
  }

  return { get, set, apply };
}
