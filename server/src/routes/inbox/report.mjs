import { erasureDue } from '../../retention/policy.mjs';
import { toReportView } from '../../inbox/report-view.mjs';
import { isOutcome, isSettableStatus } from '../../inbox/report-actions.mjs';
import { messagesFor } from '../../views/messages/index.mjs';
import { errorPage } from '../../views/pages/errors.mjs';
import { reportPage } from '../../views/pages/report.mjs';
import { visibleReport } from './visible-report.mjs';

/**
 * GET /inbox/:reference (every field, logged as a view of personal data) and
 * POST /inbox/:reference/status (contacted; closed with an outcome), for whoever may
 * see the report.
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
    await app.audit({ actor_id: account.id, actor: account.email, action: 'view-report', reference: report.reference, organisation_id: report.organisation_id });
    const query = /** @type {Record<string, string>} */ (request.query);
    const t = messagesFor(request.lang);
    const body = reportPage({
      account,
      csrfToken: reply.generateCsrf(),
      lang: request.lang,
      path: request.url,
      report: toReportView(report, cipher),
      organisations: await store.organisations.list(),
      now: config.now(),
      erasureDue: report.erased_at === null ? erasureDue(report, config.retention).at : null,
      message: query.m === 'changed' ? t.report.changed : query.m === 'unchanged' ? t.report.unchanged : null,
    });
    return reply.type('text/html; charset=utf-8').send(body.text);
  });

  app.post('/inbox/:reference/status', async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(request, reply);
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const status = body.status;
    const outcome = status === 'closed' ? body.outcome : null;
    let changed = false;
    if (isSettableStatus(status) && (status !== 'closed' || isOutcome(outcome))) {
      changed = await store.reports.setStatus(report.reference, { status, at: config.now(), outcome: /** @type {any} */ (outcome), actorId: account.id, actor: account.email });
    }
    if (changed) {
      await app.audit({
        actor_id: account.id,
        actor: account.email,
        action: 'status',
        reference: report.reference,
        organisation_id: report.organisation_id,
        detail: status === 'closed' ? `closed:${outcome}` : String(status),
      });
    }
    return reply.redirect(`/inbox/${report.reference}?m=${changed ? 'changed' : 'unchanged'}`, 303);
  });
}
