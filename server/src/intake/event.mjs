import { parseEvent } from '../reach/event-payload.mjs';
import { brusselsMonth } from '../reach/month.mjs';

/**
 * POST /events: reach counting without tracking. The widget sends opt-in beacons
 * (navigator.sendBeacon, a JSON string as text/plain, so no preflight) and never reads
 * the answer. What the receiver does:
 *  - only events from a page on an allowed origin are stored. A request without Origin
 *    (curl, a server) or with `Origin: null` is not a widget on a partner page and is
 *    not stored either. Refused events get the same 204 as stored ones;
 *  - the body is at most 2 KB and must be JSON (the Content-Type is not checked: sendBeacon
 *    sends text/plain, a fetch keepalive may send application/json);
 *  - a valid event becomes one row of the events table with the Brussels month and the
 *    receive time rounded down to the hour, and is added to the running reach counts.
 *    No IP address, user agent, cookie or id is read or stored; the per-IP rate limit
 *    keeps addresses in memory only for its one-minute window.
 * Answers: 204 for stored and for refused (foreign origin, invalid event), with an
 * `Event-Result` header saying which, for whoever debugs in the network panel;
 * 400 for a body that is not JSON; 413 over 2 KB; 429 when rate-limited.
 * The counts are not tamper-proof: anyone can send a matching Origin header with curl.
 */

export const EVENT_MAX_BYTES = 2048;
const HOUR_MS = 3_600_000;

/**
 * @param {{ store: import('../store/contract.mjs').Store, now: () => number, isAllowedOrigin: (origin: string | undefined) => boolean }} ctx
 * @param {{ origin: string | undefined, body: unknown }} request  body: the parsed JSON
 * @returns {Promise<{ status: 204, eventResult: string }>}
 */
export async function receiveEvent(ctx, { origin, body }) {
  if (origin === undefined || !ctx.isAllowedOrigin(origin)) return { status: 204, eventResult: 'ignored-origin' };
  const verdict = parseEvent(body, origin);
  if (!verdict.ok) return { status: 204, eventResult: verdict.reason };
  const time = ctx.now();
  await ctx.store.events.insert(verdict.event, Math.floor(time / HOUR_MS) * HOUR_MS, brusselsMonth(time));
  return { status: 204, eventResult: 'stored' };
}
