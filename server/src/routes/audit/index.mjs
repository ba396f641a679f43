import { ALLOWED } from '../../auth/roles.mjs';
import { REFERENCE_PATTERN } from '../../intake/reference.mjs';
import { auditPage } from '../../views/pages/audit.mjs';

export const PAGE_SIZE = 100;

/** GET /audit: the audit log, for coordinators and admins, optionally for one reference. */
export default async function auditRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, `roles:${ALLOWED.audit.join(',')}`);
  app.addHook('onRequest', app.requireRoles(ALLOWED.audit));
  const { store, config } = app;
  const rateLimit = {
    max: config.readRateLimit.limit,
    timeWindow: config.readRateLimit.windowMs,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
  };

  app.get('/audit', { config: { rateLimit } }, async (request, reply) => {
    const query = /** @type {Record<string, string | undefined>} */ (request.query);
    const reference = query.reference?.trim().toUpperCase() || null;
    const offset = /^\d{1,9}$/.test(query.offset ?? '') ? Number(query.offset) : 0;
    const { rows, total } = reference !== null && !REFERENCE_PATTERN.test(reference)
      ? { rows: [], total: 0 }
      : await store.audit.list({ reference, limit: PAGE_SIZE, offset });
    const body = auditPage({ account: /** @type {any} */ (request.account), csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, rows, total, offset, limit: PAGE_SIZE, reference });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });
}
