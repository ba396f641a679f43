#!/usr/bin/env node
/**
 * Reference receiver for the eenzaamheid-hulp meldpunt: receives reports from the
 * widget (POST /reports, JSON) or an Open311 client (POST /requests.json), stores
 * them in SQLite and lists them for the coordinator (GET /inbox). It also counts reach
 * without tracking: opt-in beacons from the widget (POST /events), summed per partner
 * and month (GET /reach, GET /reach.json).
 * Plain node:http and one small file per concern, so a city can read all of it
 * before running it.
 *
 *   node server/receiver.mjs --port 8787 --host 127.0.0.1 \
 *     --db server/data/reports.sqlite --origin http://127.0.0.1:8080 --control
 */
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { handleControl } from './control.mjs';
import { createCors } from './cors.mjs';
import { openDb, reportStore } from './db.mjs';
import { eventStore, handleEvent } from './events.mjs';
import { createFailSwitch } from './fail-switch.mjs';
import { sendJson, sendNoContent } from './http-util.mjs';
import { createIdempotency } from './idempotency.mjs';
import { handleInbox } from './inbox.mjs';
import { handleOpen311 } from './open311.mjs';
import { createRateLimiter } from './rate-limit.mjs';
import { handleReach, reachStore } from './reach.mjs';
import { handleReport } from './reports.mjs';

export { REPORT_SCHEMA_VERSION } from 'eenzaamheid-hulp/schema';

export const DEFAULT_DB_PATH = fileURLToPath(new URL('./data/reports.sqlite', import.meta.url));

/**
 * Everything a route handler needs, passed explicitly instead of module globals so
 * several receivers (one per test) can run in one process.
 * @typedef {object} Context
 * @property {import('better-sqlite3').Database} db
 * @property {ReturnType<typeof reportStore>} reports
 * @property {ReturnType<typeof eventStore>} events
 * @property {ReturnType<typeof reachStore>} reach
 * @property {(origin: string | undefined) => boolean} isAllowedOrigin
 * @property {ReturnType<typeof createIdempotency>} idempotency
 * @property {ReturnType<typeof createFailSwitch> | null} failSwitch null unless `control`
 * @property {number} maxBodyBytes
 * @property {() => number} now
 * @property {AbortSignal} signal aborted on close, to cut 'slow' waits short
 */

/**
 * @param {object} options
 * @param {string} [options.dbPath]
 * @param {string[]} [options.allowedOrigins] exact origins (scheme://host[:port]) whose pages may post
 *   reports and whose reach events are stored; they may also read /reach.json cross-origin
 * @param {number} [options.maxBodyBytes] for reports; events have their own fixed 2 KB limit
 * @param {{ limit: number, windowMs: number }} [options.rateLimit] per client IP, on POST /reports and /requests.json
 * @param {{ limit: number, windowMs: number }} [options.eventRateLimit] per client IP, on POST /events;
 *   separate so a busy page's beacons never use up the budget for a report
 * @param {boolean} [options.control] enable /__control (fail switch); never in production
 * @param {() => number} [options.now] clock in ms, injectable for tests
 */
export function createReceiver({
  dbPath = DEFAULT_DB_PATH,
  allowedOrigins = [],
  maxBodyBytes = 16384,
  rateLimit = { limit: 30, windowMs: 60000 },
  eventRateLimit = { limit: 300, windowMs: 60000 },
  control = false,
  now = () => Date.now(),
} = {}) {
  const db = openDb(dbPath);
  const aborter = new AbortController();
  const cors = createCors(allowedOrigins);
  /** @type {Context} */
  const ctx = {
    db,
    reports: reportStore(db),
    events: eventStore(db),
    reach: reachStore(db),
    isAllowedOrigin: cors.isAllowed,
    idempotency: createIdempotency(db, now),
    failSwitch: control ? createFailSwitch() : null,
    maxBodyBytes,
    now,
    signal: aborter.signal,
  };
  const limiter = createRateLimiter(rateLimit, now);
  const eventLimiter = createRateLimiter(eventRateLimit, now);

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function route(req, res) {
    const path = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
    const isControl = path === '/__control' || path.startsWith('/__control/');
    const isInbox = path === '/inbox' || path === '/inbox.json';
    const isEvents = path === '/events';

    // The reach routes are readable by allowed origins (the demo page fetches /reach.json):
    // they hold counts only. The inbox holds contact details and never is.
    const corsResult = cors.apply(req, res, { readable: !isInbox });
    if (corsResult === 'handled') return;
    if (corsResult === 'forbidden') {
      // A beacon cannot read the answer anyway; refuse silently, store nothing.
      if (isEvents) return sendNoContent(res, { 'Event-Result': 'ignored-origin' });
      return sendJson(res, 403, { error: 'origin-not-allowed' });
    }

    if (isControl) {
      if (control && (await handleControl(ctx, req, res, path))) return;
      return sendJson(res, 404, { error: 'not-found' });
    }

    if (req.method === 'POST') {
      const verdict = (isEvents ? eventLimiter : limiter).hit(req.socket.remoteAddress ?? 'unknown');
      if (!verdict.allowed) {
        return sendJson(res, 429, { error: 'rate-limited' }, { 'Retry-After': String(verdict.retryAfterSeconds) });
      }
      if (path === '/reports') return handleReport(ctx, req, res);
      if (path === '/requests.json') return handleOpen311(ctx, req, res);
      if (isEvents) return handleEvent(ctx, req, res);
    }
    if (req.method === 'GET' && path === '/inbox') return handleInbox(ctx, res, 'html');
    if (req.method === 'GET' && path === '/inbox.json') return handleInbox(ctx, res, 'json');
    if (req.method === 'GET' && path === '/reach') return handleReach(ctx, req, res, 'html');
    if (req.method === 'GET' && path === '/reach.json') return handleReach(ctx, req, res, 'json');
    sendJson(res, 404, { error: 'not-found' });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      if (aborter.signal.aborted) {
        res.destroy();
        return;
      }
      console.error('receiver: unhandled error', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });
  // A client that trickles its body must not hold a connection for minutes.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;

  /**
   * Start listening; resolves with the bound port (useful with port 0).
   * @param {number} [port]
   * @param {string} [host]
   * @returns {Promise<number>}
   */
  function listen(port = 8787, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
      });
    });
  }

  let closing = /** @type {Promise<void> | null} */ (null);
  /** Stop accepting, cut open connections and 'slow' waits, then close the database. */
  function close() {
    closing ??= new Promise((resolve) => {
      aborter.abort();
      const done = () =>
        setImmediate(() => {
          if (db.open) db.close();
          resolve();
        });
      if (!server.listening) return done();
      server.close(() => done());
      server.closeAllConnections();
    });
    return closing;
  }

  return { server, db, listen, close };
}

/** CLI entry: parse flags, listen, print the URL, close cleanly on SIGINT/SIGTERM. */
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: DEFAULT_DB_PATH },
      origin: { type: 'string', multiple: true, default: [] },
      control: { type: 'boolean', default: false },
      'max-body-bytes': { type: 'string', default: '16384' },
      'rate-limit': { type: 'string', default: '30' },
      'rate-window-ms': { type: 'string', default: '60000' },
      'event-rate-limit': { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node server/receiver.mjs [--port 8787] [--host 127.0.0.1] [--db server/data/reports.sqlite]\n' +
        '       [--origin http://127.0.0.1:8080 ...] [--control] [--max-body-bytes 16384] [--rate-limit 30] [--rate-window-ms 60000]\n' +
        '       [--event-rate-limit 300]\n' +
        '\n' +
        '  --origin            allowed page origin (repeat or comma-separate): may post reports, its reach events\n' +
        '                      (POST /events) are stored, and it may read /reach.json\n' +
        '  --rate-limit        reports per client IP per window (POST /reports, /requests.json)\n' +
        '  --event-rate-limit  reach events per client IP per window (POST /events), counted separately\n' +
        '\n' +
        'Routes: POST /reports, POST /requests.json, POST /events, GET /inbox(.json), GET /reach(.json)[?month=YYYY-MM]',
    );
    return;
  }
  const receiver = createReceiver({
    dbPath: values.db,
    allowedOrigins: values.origin.flatMap((origin) => origin.split(',')).map((origin) => origin.trim()).filter(Boolean),
    maxBodyBytes: Number(values['max-body-bytes']),
    rateLimit: { limit: Number(values['rate-limit']), windowMs: Number(values['rate-window-ms']) },
    eventRateLimit: { limit: Number(values['event-rate-limit']), windowMs: Number(values['rate-window-ms']) },
    control: values.control,
  });
  const port = await receiver.listen(Number(values.port), values.host);
  const shownHost = values.host.includes(':') ? `[${values.host}]` : values.host;
  console.log(`Receiver on http://${shownHost}:${port} (inbox: /inbox, reach: /reach${values.control ? ', fail switch: /__control' : ''})`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      receiver.close().then(() => process.exit(0));
    });
  }
}

const invokedAs = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedAs) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
