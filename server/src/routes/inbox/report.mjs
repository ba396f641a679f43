import { erasureDue } from '../../retention/policy.mjs';
import { toReportView } from '../../inbox/report-view.mjs';
import { loadWork } from '../../inbox/work-view.mjs';
import { messagesFor } from '../../views/messages/index.mjs';
import { errorPage } from '../../views/pages/errors.mjs';
import { reportPage } from '../../views/pages/report.mjs';
import { reportWork } from '../../views/pages/report-work.mjs';
import { visibleReport } from './visible-report.mjs';

/**
 * GET /inbox/:reference (every field, its notes and work section; logged as a view of
 * personal data), for whoever may see the report. The actions on it are in ./work.mjs.
 */
export default async function reportRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config, cipher } = app;
  const rateLimit = {
    max: config.readRateLimit.limit,
    timeWindow: config.readRateLimit.windowMs,
    keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
  };
  const notFound = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) =>
    reply.code(404).type('text/html; charset=utf-8').send(errorPage('report-not-found', 404, request).text);

  app.get('/inbox/:reference', { config: { rateLimit } }, async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(request, reply);
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const workView = await loadWork(app, report);
    // Notes are personal data too: the entry says they were shown.
    await app.audit({ actor_id: account.id, actor: account.email, action: 'view-report', reference: report.reference, organisation_id: report.organisation_id, detail: workView.notes.length ? 'with-notes' : null });
    const query = /** @type {Record<string, string>} */ (request.query);
    const t = messagesFor(request.lang);
    const csrfToken = reply.generateCsrf();
    const problem = query.m === 'tries-missing' || query.m === 'note-empty' ? query.m : null;
    const work = reportWork({ account, csrfToken, ...workView, now: config.now(), problem, lang: request.lang });
    const body = reportPage({
      account,
      csrfToken,
      lang: request.lang,
      path: request.url,
      work,
      report: toReportView(report, cipher),
      organisations: await store.organisations.list(),
      now: config.now(),
      erasureDue: report.erased_at === null ? erasureDue(report, config.retention).at : null,
      message: query.m === 'changed' ? t.report.changed : query.m === 'unchanged' ? t.report.unchanged : null,
    });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });
}
