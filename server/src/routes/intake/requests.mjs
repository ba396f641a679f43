import { receiveOpen311 } from '../../open311/intake.mjs';
import { send } from './send.mjs';

/** POST /requests.json: an Open311 GeoReport v2 service request (see open311/intake.mjs). */
export default async function open311Routes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  app.post('/requests.json', {
    bodyLimit: config.maxBodyBytes,
    config: { report: true, rateLimit: { max: config.rateLimit.limit, timeWindow: config.rateLimit.windowMs } },
    handler: async (request, reply) => {
      const outcome = await receiveOpen311(
        {
          store: app.store,
          cipher: app.cipher,
          now: config.now,
          minFillMs: config.minFillMs,
          duplicateWindowMs: config.duplicateWindowMs,
          failSwitch: app.failSwitch,
          signal: app.closing,
        },
        { key: request.headers['idempotency-key'], contentType: request.headers['content-type'], body: request.body },
      );
      return send(reply, outcome);
    },
  });
}
