import { receiveReport } from '../../intake/report.mjs';
import { send } from './send.mjs';

/** POST /reports: the widget's JSON report (see intake/report.mjs for the rules). */
export default async function reportRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  app.post('/reports', {
    bodyLimit: config.maxBodyBytes,
    config: { report: true, rateLimit: { max: config.rateLimit.limit, timeWindow: config.rateLimit.windowMs } },
    handler: async (request, reply) => {
      const outcome = await receiveReport(
        { store: app.store, cipher: app.cipher, now: config.now, minFillMs: config.minFillMs, failSwitch: app.failSwitch, signal: app.closing },
        { key: request.headers['idempotency-key'], body: request.body },
      );
      return send(reply, outcome);
    },
  });
}
