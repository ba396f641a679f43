import { ALLOWED } from '../../auth/roles.mjs';
import { buildReach } from '../../reach/aggregate.mjs';
import { MONTH_PATTERN } from '../../reach/month.mjs';
import { renderReach } from '../../reach/page.mjs';

/**
 * GET /reach (page) and /reach.json, optionally ?month=YYYY-MM: coordinators only.
 * Read from the running counts (a few hundred rows), and rate limited per account, so
 * no number of readers can slow the intake.
 */
export default async function reachRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, `roles:${ALLOWED.reach.join(',')}`);
  app.addHook('onRequest', app.requireRoles(ALLOWED.reach));
  const { store, config } = app;
  const rateLimit = {
    max: config.readRateLimit.limit,
    timeWindow: config.readRateLimit.windowMs,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
  };

  /** @param {import('fastify').FastifyRequest} request */
  const monthOf = (request) => /** @type {Record<string, string | undefined>} */ (request.query).month ?? null;

  app.get('/reach.json', { config: { rateLimit } }, async (request, reply) => {
    const month = monthOf(request);
    if (month !== null && !MONTH_PATTERN.test(month)) return reply.code(400).send({ error: 'invalid-month' });
    return buildReach(store.reach, month, config.now());
  });

  app.get('/reach', { config: { rateLimit } }, async (request, reply) => {
    const month = monthOf(request);
    if (month !== null && !MONTH_PATTERN.test(month)) return reply.code(400).send({ error: 'invalid-month' });
    const reach = await buildReach(store.reach, month, config.now());
    const body = renderReach(reach, { account: /** @type {any} */ (request.account), csrfToken: reply.generateCsrf() });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });
}
