import { reportScope } from '../../auth/roles.mjs';
import { PAGE_SIZE, isFiltered, listSearch, parseListQuery, toReportQuery } from '../../inbox/list-query.mjs';
import { messagesFor } from '../../views/messages/index.mjs';
import { inboxPage, toInboxRow } from '../../views/pages/inbox.mjs';

export { PAGE_SIZE };

/**
 * GET /inbox (page), GET /inbox.json (the same list as JSON) and GET /inbox/new.json
 * (how many reports arrived since the page was made, for the polite notice): filtered,
 * the most urgent first, a page at a time, without personal data. A local actor sees
 * only its organisation's reports, whatever the query says. A filter value that is
 * not on offer is a 400 with a clear message; a page past the last one a 404.
 */
export default async function listRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;
  const rateLimit = {
    max: config.readRateLimit.limit,
    timeWindow: config.readRateLimit.windowMs,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
  };

  /**
   * The account's scope and the filters asked for, checked against what is on offer.
   * @param {import('../../store/contract.mjs').Account} account @param {Record<string, unknown>} query
   */
  async function understand(account, query) {
    const scope = reportScope(account);
    const organisations = await store.organisations.list();
    // Any partner the receiver knows is a valid filter (a bookmark stays valid for a
    // local actor with no report from it yet); the list offers the account's own.
    const known = await store.reports.partners(null);
    const { filters, page, problems } = parseListQuery(query, {
      organisations: new Set(organisations.map((organisation) => organisation.id)),
      partners: new Set(known),
      organisationFilter: scope.organisationId === null,
    });
    const own = scope.organisationId === null ? known : await store.reports.partners(scope.organisationId);
    const partners = filters.partner && !own.includes(filters.partner) ? [...own, filters.partner].sort() : own;
    return { scope, organisations, partners, filters, page, problems };
  }

  /** @param {import('fastify').FastifyRequest} request */
  async function list(request) {
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const asked = await understand(account, /** @type {Record<string, unknown>} */ (request.query ?? {}));
    const { filters, page, problems } = asked;
    const now = config.now();
    const found = problems.length
      ? { rows: [], total: 0 }
      : await store.reports.search({ ...toReportQuery(filters, asked.scope, now), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const lastPage = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
    return {
      ...asked,
      account,
      lastPage,
      pastTheEnd: !problems.length && page > lastPage,
      now,
      total: found.total,
      rows: found.rows.map((row) => toInboxRow(row, now)),
    };
  }

  app.get('/inbox.json', { config: { rateLimit } }, async (request, reply) => {
    const result = await list(request);
    if (result.problems.length) return reply.code(400).send({ errors: result.problems });
    if (result.pastTheEnd) return reply.code(404).send({ errors: [{ field: 'page', code: 'past-the-end' }], pages: result.lastPage });
    return { total: result.total, page: result.page, pages: result.lastPage, pageSize: PAGE_SIZE, offset: (result.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, rows: result.rows };
  });

  app.get('/inbox', { config: { rateLimit } }, async (request, reply) => {
    const result = await list(request);
    const t = messagesFor(request.lang);
    const scopeName = result.scope.organisationId
      ? result.organisations.find((organisation) => organisation.id === result.scope.organisationId)?.name ?? result.scope.organisationId
      : null;
    const body = inboxPage({
      account: result.account,
      csrfToken: reply.generateCsrf(),
      lang: request.lang,
      path: request.url,
      filters: result.filters,
      problems: result.problems,
      pageProblem: result.pastTheEnd ? t.inbox.invalid.noSuchPage(result.page, result.lastPage) : null,
      lastPage: result.lastPage,
      rows: result.rows,
      total: result.total,
      page: result.page,
      pageSize: PAGE_SIZE,
      organisations: result.organisations,
      partners: result.partners,
      scopeName,
      countUrl: `/inbox/new.json${listSearch({ ...result.filters })}${isFiltered(result.filters) ? '&' : '?'}since=${result.now}`,
      idleMs: config.session.idleMs,
    });
    const status = result.problems.length ? 400 : result.pastTheEnd ? 404 : 200;
    return reply.code(status).type('text/html; charset=utf-8').send(body.text);
  });

  // How many reports (within the same scope and filters) arrived after `since`: the
  // notice's question, once a minute while the page is open and in use. No personal
  // data, no rows; the words in the person's language.
  app.get('/inbox/new.json', { config: { rateLimit } }, async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const since = typeof query.since === 'string' && /^[0-9]{1,15}$/.test(query.since) ? Number(query.since) : null;
    if (since === null) return reply.code(400).send({ errors: [{ field: 'since', code: 'unknown' }] });
    const { page: _page, ...filterQuery } = query;
    const asked = await understand(/** @type {import('../../store/contract.mjs').Account} */ (request.account), filterQuery);
    if (asked.problems.length) return reply.code(400).send({ errors: asked.problems });
    const now = config.now();
    const { total } = await store.reports.search({ ...toReportQuery(asked.filters, asked.scope, now), receivedAfter: since, limit: 0, offset: 0 });
    return { count: total, text: total > 0 ? messagesFor(request.lang).inbox.newReports(total) : '' };
  });
}
