/**
 * Send an intake outcome: JSON unless it says otherwise, with its own headers.
 * @param {import('fastify').FastifyReply} reply
 * @param {import('../../intake/idempotency.mjs').Outcome} outcome
 */
export function send(reply, outcome) {
  reply.code(outcome.status).type(outcome.contentType ?? 'application/json; charset=utf-8');
  if (outcome.headers) reply.headers(outcome.headers);
  return reply.send(outcome.body);
}
