/**
 * Small response and body helpers shared by every route, so each route file only
 * decides *what* to answer, never how headers are spelled.
 */

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Send a complete response. Every answer carries `Cache-Control: no-store` (reports
 * and inbox rows hold personal data; no proxy or browser cache may keep them) and
 * `nosniff` (so a JSON body with user text is never sniffed into HTML).
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} contentType
 * @param {string} body
 * @param {Record<string, string>} [headers]
 */
export function sendText(res, status, contentType, body, headers = {}) {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers) {
  sendText(res, status, JSON_TYPE, JSON.stringify(value), headers);
}

/**
 * 204 No Content: no body, so no Content-Type and no Content-Length either.
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} [headers]
 */
export function sendNoContent(res, headers = {}) {
  if (res.headersSent) return;
  res.statusCode = 204;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end();
}

/**
 * Read the request body as UTF-8, but give up as soon as it passes `maxBytes`:
 * a receiver on the public internet must not buffer whatever a client streams at it.
 * A declared Content-Length over the limit is refused before a single byte is read.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} maxBytes
 * @returns {Promise<{ ok: true, text: string } | { ok: false, reason: 'too-large' | 'aborted' }>}
 */
export function readBody(req, maxBytes) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    const finish = (/** @type {any} */ result) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    const onError = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/**
 * Answer 413 and close the connection afterwards: the rest of the oversized body is
 * never read, so the connection cannot be reused for a next request.
 * @param {import('node:http').ServerResponse} res
 */
export function sendTooLarge(res) {
  sendJson(res, 413, { error: 'payload-too-large' }, { Connection: 'close' });
}
