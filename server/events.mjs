import { parseEvent } from './event-payload.mjs';
import { readBody, sendJson, sendNoContent, sendTooLarge } from './http-util.mjs';
import { brusselsMonth } from './month.mjs';

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
 *    receive time rounded down to the hour. No IP address, user agent, cookie or id is
 *    read or stored; the per-IP rate limit (see receiver.mjs) keeps addresses in memory
 *    only for its one-minute window.
 * Answers: 204 for stored and for refused (foreign origin, invalid event), with an
 * `Event-Result` header saying which, for whoever debugs in the network panel;
 * 400 for a body that is not JSON; 413 over 2 KB; 429 when rate-limited.
 * The counts are not tamper-proof: anyone can send a matching Origin header with curl.
 */

export const EVENT_MAX_BYTES = 2048;
const HOUR_MS = 3_600_000;

/**
 * Prepared insert for the events table.
 * @param {import('better-sqlite3').Database} db
 */
export function eventStore(db) {
  const insert = db.prepare(`
    INSERT INTO events (name, partner, lang, site, path, visible, kind, resource_type, results, route, month, received_at)
    VALUES (@name, @partner, @lang, @site, @path, @visible, @kind, @resource_type, @results, @route, @month, @received_at)`);
  return {
    /**
     * @param {import('./event-payload.mjs').EventRow} event
     * @param {number} time receive time, epoch ms
     */
    insert: (event, time) =>
      insert.run({ ...event, month: brusselsMonth(time), received_at: Math.floor(time / HOUR_MS) * HOUR_MS }),
  };
}

/**
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function handleEvent(ctx, req, res) {
  const origin = req.headers.origin;
  if (origin === undefined || !ctx.isAllowedOrigin(origin)) return sendNoContent(res, { 'Event-Result': 'ignored-origin' });

  const read = await readBody(req, EVENT_MAX_BYTES);
  if (!read.ok) {
    if (read.reason === 'too-large') sendTooLarge(res);
    return;
  }
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(read.text);
  } catch {
    return sendJson(res, 400, { error: 'invalid-json' });
  }

  const verdict = parseEvent(value, origin);
  if (!verdict.ok) return sendNoContent(res, { 'Event-Result': verdict.reason });
  ctx.events.insert(verdict.event, ctx.now());
  sendNoContent(res, { 'Event-Result': 'stored' });
}
