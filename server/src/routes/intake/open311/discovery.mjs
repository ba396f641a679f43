import { render } from '../../../open311/answer.mjs';
import { discovery } from '../../../open311/discovery.mjs';

/** GET /discovery.json|.xml: Open311 Service Discovery, pointing to this GeoReport v2 endpoint. */
export default async function discoveryRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  for (const format of /** @type {const} */ (['json', 'xml'])) {
    app.get(`/discovery.${format}`, {
      config: { open311: format, rateLimit: { max: config.open311RateLimit.limit, timeWindow: config.open311RateLimit.windowMs } },
      handler: async (request, reply) => {
        const baseUrl = config.publicUrl ?? `${request.protocol}://${request.host}`;
        const value = discovery({
          baseUrl,
          contact: config.open311Contact,
          keyService: null,
          keysRequired: config.open311ApiKeys.length > 0,
        });
        const { contentType, body } = render(format, 'discovery', value);
        return reply.type(contentType).send(body);
      },
    });
  }
}
