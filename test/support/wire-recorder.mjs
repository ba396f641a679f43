/**
 * A recording proxy in front of the real receiver: every request that reaches it is
 * logged as it arrived over HTTP (method, path, headers with any Cookie, body) and
 * passed on unchanged, and the receiver's answer is passed back unchanged. Tests assert
 * on this log, what actually left the browser, rather than on rows the receiver stored:
 * the receiver's idempotency makes a repeated POST look like one row.
 *
 * An entry is logged when its headers arrive (so a request the browser aborts halfway
 * still counts); its body is filled in as it comes.
 */
import { createServer, request as httpRequest } from 'node:http';

/**
 * @typedef {object} WireEntry
 * @property {number} seq       order of arrival, from 1
 * @property {string} via       which door it came through (the proxy's own port, or a page's origin)
 * @property {string} method
 * @property {string} path      path and query as sent
 * @property {Record<string, string | string[] | undefined>} headers  as received (lower-case names)
 * @property {string} body
 * @property {boolean} complete the whole body arrived
 */

/** @typedef {ReturnType<typeof createWireRecorder>} WireRecorder */

/**
 * @param {string} targetBase  the receiver, e.g. http://127.0.0.1:4321
 */
export function createWireRecorder(targetBase) {
  const target = new URL(targetBase);
  /** @type {WireEntry[]} */
  const log = [];

  /**
   * Records `req` and forwards it to the receiver at `path` (default: as requested).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {{ via?: string, path?: string }} [options]
   */
  function forward(req, res, { via = 'proxy', path = req.url ?? '/' } = {}) {
    /** @type {WireEntry} */
    const entry = { seq: log.length + 1, via, method: req.method ?? '', path, headers: { ...req.headers }, body: '', complete: false };
    log.push(entry);
    const chunks = [];
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end();
    });
    req.on('data', (chunk) => {
      chunks.push(chunk);
      upstream.write(chunk);
    });
    req.on('end', () => {
      entry.body = Buffer.concat(chunks).toString('utf8');
      entry.complete = true;
      upstream.end();
    });
    req.on('aborted', () => upstream.destroy());
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
  }

  return {
    forward,
    /** Every request so far, oldest first. */
    entries: () => log.map((entry) => ({ ...entry, headers: { ...entry.headers } })),
  };
}

/**
 * The recorder as its own server on 127.0.0.1 (another origin than the pages), in front
 * of the receiver at `targetBase`.
 * @param {string} targetBase
 */
export async function startWireProxy(targetBase) {
  const recorder = createWireRecorder(targetBase);
  const server = createServer((req, res) => recorder.forward(req, res, { via: 'cross-origin' }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${address.port}`,
    recorder,
    /** Requests after the first `skip` ones, the receiver's control door left out. */
    entries: (skip = 0) => recorder.entries().slice(skip).filter((entry) => !entry.path.startsWith('/__control')),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
