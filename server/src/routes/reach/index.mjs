import { ALLOWED } from '../../auth/roles.mjs';
import { buildReach } from '../../reach/aggregate.mjs';
import { MONTH_PATTERN } from '../../reach/month.mjs';
import { renderReach } from '../../reach/page.mjs';
import { errorPage } from '../../views/pages/errors.mjs';

/** Reach figures are at most this old: readers in the same second share one computation. */
export const REACH_CACHE_MS = 1000;

/**
 * GET /reach (page) and /reach.json, optionally ?month=YYYY-MM: coordinators only.
 * Read from the running counts (a few hundred rows), shared for a second between
 * readers, behind the back office's read gate and rate limited per account, so no
 * number of readers can slow the intake.
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

  /** @type {Map<string, { at: number, reach: Promise<import('../../reach/aggregate.mjs').Reach> }>} */
  const cache = new Map();
  /** @param {string | null} month */
  const reachFor = (month) => {
    const key = month ?? 'all';
    const hit = cache.get(key);
    if (hit && performance.now() - hit.at < REACH_CACHE_MS) return hit.reach;
    const reach = buildReach(store.reach, month, config.now());
    cache.set(key, { at: performance.now(), reach });
    if (cache.size > 100) cache.delete(/** @type {string} */ (cache.keys().next().value));
    reach.catch(() => cache.delete(key));
    return reach;
  };

  /** @param {import('fastify').FastifyRequest} request */
  const monthOf = (request) => /** @type {Record<string, string | undefined>} */ (request.query).month ?? null;

  app.get('/reach.json', { config: { rateLimit } }, async (request, reply) => {
    const month = monthOf(request);
    if (month !== null && !MONTH_PATTERN.test(month)) return reply.code(400).send({ error: 'invalid-month' });
    return reachFor(month);
  });

  app.get('/reach', { config: { rateLimit } }, async (request, reply) => {
    const month = monthOf(request);
    if (month !== null && !MONTH_PATTERN.test(month)) return reply.code(400).type('text/html; charset=utf-8').send(errorPage('bad-request', 400, request).text);
    const reach = await reachFor(month);
    const body = renderReach(reach, { account: /** @type {any} */ (request.account), csrfToken: reply.generateCsrf(), lang: request.lang, path: request.url });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });
}
