import fp from 'fastify-plugin';
import { errorPage } from '../../views/pages/errors.mjs';

/**
 * How every answer leaves: never cached (reports, inbox rows and account pages hold
 * personal data: no proxy or browser may keep them), errors in a fixed shape without
 * internals, and unknown URLs as 404. Back-office pages (routes with `config.page`)
 * get their errors as an HTML page; everything else as JSON.
 */

/** @param {import('fastify').FastifyRequest} request */
const wantsPage = (request) => request.routeOptions.config?.page === true;

/**
 * The status and JSON body for an error; codes from Fastify and its plugins.
 * @param {any} error
 * @returns {{ status: number, error: string, headers?: Record<string, string> }}
 */
export function describeError(error) {
  const code = String(error.code ?? '');
  const status = Number(error.statusCode ?? 500);
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, error: 'payload-too-large', headers: { Connection: 'close' } };
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { status: 400, error: 'invalid-json' };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, error: 'unsupported-media-type' };
  if (code === 'RATE_LIMITED' || status === 429) return { status: 429, error: 'rate-limited' };
  if (code.startsWith('FST_CSRF_')) return { status: 403, error: 'csrf' };
  if (status >= 400 && status < 500) return { status, error: 'bad-request' };
  return { status: 500, error: 'internal' };
}

async function responses(app) {
  app.addHook('onSend', async (request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    // How long the receiver itself took (for operators and the benchmark); no other detail.
    reply.header('Server-Timing', `total;dur=${reply.elapsedTime.toFixed(1)}`);
  });

  app.setErrorHandler(async (error, request, reply) => {
    const described = describeError(error);
    if (described.status === 500) request.log.error({ err: { message: error.message, code: error.code, stack: error.stack } }, 'request failed');
    reply.code(described.status);
    if (described.headers) reply.headers(described.headers);
    if (wantsPage(request)) return reply.type('text/html; charset=utf-8').send(errorPage(described.error, described.status, request).text);
    return reply.send({ error: described.error });
  });

  app.setNotFoundHandler(async (request, reply) => {
    reply.code(404);
    if (request.method === 'GET' && /text\/html/.test(String(request.headers.accept ?? ''))) {
      return reply.type('text/html; charset=utf-8').send(errorPage('not-found', 404, request).text);
    }
    return reply.send({ error: 'not-found' });
  });
}

export default fp(responses, { name: 'responses' });
