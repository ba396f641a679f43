import { EVENT_MAX_BYTES, receiveEvent } from '../../intake/event.mjs';

/** POST /events: a reach beacon (see intake/event.mjs). */
export default async function eventRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  app.post('/events', {
    bodyLimit: EVENT_MAX_BYTES,
    config: { anyOrigin: true, rateLimit: { max: config.eventRateLimit.limit, timeWindow: config.eventRateLimit.windowMs } },
    handler: async (request, reply) => {
      const result = await receiveEvent(
        { store: app.store, now: config.now, isAllowedOrigin: app.isAllowedOrigin },
        { origin: request.headers.origin, body: request.body },
      );
      return reply.code(result.status).header('Event-Result', result.eventResult).send();
    },
  });
}
