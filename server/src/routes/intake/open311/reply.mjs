import { errorList, render, splitFormat } from '../../../open311/answer.mjs';

/** How Open311 routes answer: in the format the path names. */

/**
 * The format an Open311 request asks for: the route's own, or the `name.ext` parameter's.
 * @param {import('fastify').FastifyRequest} request
 * @returns {import('../../../open311/answer.mjs').Format}
 */
export function formatOf(request) {
  const fixed = request.routeOptions.config?.open311;
  if (fixed === 'json' || fixed === 'xml') return fixed;
  const file = /** @type {{ file?: string }} */ (request.params ?? {}).file;
  return (file && splitFormat(file)?.format) || 'json';
}

/**
 * Send GeoReport errors in the request's format.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string[]} descriptions
 */
export function sendErrors(request, reply, status, descriptions) {
  const { contentType, body } = render(formatOf(request), 'errors', errorList(status, descriptions));
  return reply.code(status).type(contentType).send(body);
}

