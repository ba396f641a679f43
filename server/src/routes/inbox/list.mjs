import { reportScope } from '../../auth/roles.mjs';
import { inboxPage, toInboxRow } from '../../views/pages/inbox.mjs';

export const PAGE_SIZE = 100;

/** GET /inbox (page) and GET /inbox.json: the list, without personal data, a page at a time. */
export default async function listRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;
  const rateLimit = {
    max: config.readRateLimit.limit,
    timeWindow: config.readRateLimit.windowMs,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
  };

  /** @param {import('fastify').FastifyRequest} request */
  async function list(request) {
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const offsetText = /** @type {Record<string, string>} */ (request.query).offset ?? '0';
    const offset = /^\d{1,9}$/.test(offsetText) ? Number(offsetText) : 0;
    const scope = reportScope(account);
    const now = config.now();
    // Overdue reports on top, then the others by deadline; handled ones after (see the store contract).
    const { rows, total } = await store.reports.list({ ...scope, limit: PAGE_SIZE, offset, order: 'urgency', now });
    return { account, scope, offset, total, rows: rows.map((row) => toInboxRow(row, now)) };
  }

  app.get('/inbox.json', { config: { rateLimit } }, async (request) => {
    const { offset, total, rows } = await list(request);
    return { total, offset, limit: PAGE_SIZE, rows };
  });

  app.get('/inbox', { config: { rateLimit } }, async (request, reply) => {
    const { account, scope, offset, total, rows } = await list(request);
    const organisations = new Map((await store.organisations.list()).map((organisation) => [organisation.id, organisation.name]));
    const body = inboxPage({
      account,
      csrfToken: reply.generateCsrf(),
      rows,
      total,
      offset,
      limit: PAGE_SIZE,
      organisations,
      scopeName: scope.organisationId ? organisations.get(scope.organisationId) ?? scope.organisationId : null,
    });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });
}
