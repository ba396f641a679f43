/**
 * CORS for a receiver that widgets on other sites post to.
 * Only listed origins get Access-Control-Allow-Origin, echoed exactly (never `*`,
 * never Allow-Credentials: the widget sends no cookies, and a report endpoint
 * must not become readable with someone's session).
 */

const ALLOW_METHODS = 'POST, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, Idempotency-Key';
const EXPOSE_HEADERS = 'Retry-After, Idempotent-Replayed';

/**
 * @param {string[]} allowedOrigins
 */
export function createCors(allowedOrigins) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '')));

  /**
   * Apply CORS to one request. Returns
   *  - 'handled'   the preflight was answered (204, or 403 for an unknown origin);
   *  - 'forbidden' a state-changing request from a page on an unknown origin; the
   *                caller answers 403 so such a page cannot even *send* a report
   *                (a form-encoded POST needs no preflight, so the browser alone would not stop it);
   *  - 'continue'  go on; allowed-origin headers are already set when `readable`.
   * Requests without Origin (curl, server-to-server) are not a browser threat and pass.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {{ readable: boolean }} options `readable: false` keeps responses (the inbox
   *   with contact details) unreadable cross-origin even for allowed origins.
   * @returns {'handled' | 'forbidden' | 'continue'}
   */
  function apply(req, res, { readable }) {
    const origin = req.headers.origin;
    if (origin !== undefined) res.setHeader('Vary', 'Origin');
    const known = origin !== undefined && allowed.has(origin);

    if (req.method === 'OPTIONS') {
      if (!known) {
        res.statusCode = 403;
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Content-Length', '0');
        res.end();
        return 'handled';
      }
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Length', '0');
      res.end();
      return 'handled';
    }

    if (origin !== undefined && !known && req.method !== 'GET' && req.method !== 'HEAD') return 'forbidden';
    if (known && readable) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    return 'continue';
  }

  /**
   * Is `origin` one of the allowed origins? (POST /events stores only their events.)
   * @param {string | undefined} origin
   */
  const isAllowed = (origin) => origin !== undefined && allowed.has(origin);

  return { apply, isAllowed };
}
