import { jurisdictionProblem } from '../../../open311/access.mjs';
import { render, splitFormat } from '../../../open311/answer.mjs';
import { SERVICE, SERVICE_DEFINITION } from '../../../open311/service.mjs';
import { sendErrors } from './reply.mjs';

/**
 * GET /services.json|.xml (the one service) and GET /services/{code}.json|.xml (its
 * definition with the attributes); an unknown code: 404 in GeoReport's error format.
 * Public: nothing here is about a report.
 */
export default async function serviceRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  const rateLimit = { max: config.open311RateLimit.limit, timeWindow: config.open311RateLimit.windowMs };
  const elsewhere = (/** @type {any} */ request) => jurisdictionProblem(config.open311Jurisdiction, request.query?.jurisdiction_id);

  for (const format of /** @type {const} */ (['json', 'xml'])) {
    app.get(`/services.${format}`, {
      config: { open311: format, rateLimit },
      handler: async (request, reply) => {
        const problem = elsewhere(request);
        if (problem) return sendErrors(request, reply, 404, [problem]);
        const { contentType, body } = render(format, 'services', [SERVICE]);
        return reply.type(contentType).send(body);
      },
    });
  }

  app.get('/services/:file', {
    config: { rateLimit },
    handler: async (request, reply) => {
      const file = splitFormat(/** @type {{ file: string }} */ (request.params).file);
      if (!file) return sendErrors(request, reply, 404, ['not found: use /services/{service_code}.json or .xml']);
      const problem = elsewhere(request);
      if (problem) return sendErrors(request, reply, 404, [problem]);
      if (file.name !== SERVICE.service_code) return sendErrors(request, reply, 404, [`service_code not found: ${file.name}`]);
      const { contentType, body } = render(file.format, 'service_definition', SERVICE_DEFINITION);
      return reply.type(contentType).send(body);
    },
  });
}
