import { ALLOWED } from '../../auth/roles.mjs';
import { exportDocument } from '../../inbox/report-view.mjs';
import { isEraseReason } from '../../inbox/report-actions.mjs';
import { errorPage } from '../../views/pages/errors.mjs';
import { visibleReport } from './visible-report.mjs';

/**
 * Coordinators only: POST /inbox/:reference/assign (a notice to the organisation's members), /erase (on request, with a reason
 * code) and /export (everything stored about the report, for a data-subject request).
 */
export default async function coordinatorActions(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, 'roles:coordinator');
  app.addHook('onRequest', app.requireRoles(ALLOWED.assign));
  const { store, config, cipher } = app;
  const notFound = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) =>
    reply.code(404).type('text/html; charset=utf-8').send(errorPage('report-not-found', 404, request).text);
  /** @param {import('fastify').FastifyRequest} request */
  const actor = (request) => /** @type {import('../../store/contract.mjs').Account} */ (request.account);

  app.post('/inbox/:reference/assign', async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(request, reply);
    const organisationId = /** @type {Record<string, unknown>} */ (request.body ?? {}).organisation;
    const organisation = typeof organisationId === 'string' ? await store.organisations.find(organisationId) : undefined;
    const account = actor(request);
    // The organisation's members get a notice, written with the assignment (see workflow/service.mjs).
    const changed = organisation ? await app.workflow.assign(report, organisation, account) : false;
    if (changed && organisation) {
      app.workflow.soon();
      await app.audit({ actor_id: account.id, actor: account.email, action: 'assign', reference: report.reference, organisation_id: organisation.id });
    }
    return reply.redirect(`/inbox/${report.reference}?m=${changed ? 'changed' : 'unchanged'}`, 303);
  });

  app.post('/inbox/:reference/erase', async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(request, reply);
    const reason = /** @type {Record<string, unknown>} */ (request.body ?? {}).reason;
    const erased = isEraseReason(reason) && (await store.reports.erase(report.reference, config.now(), reason));
    if (erased) {
      const account = actor(request);
      await app.audit({ actor_id: account.id, actor: account.email, action: 'erase', reference: report.reference, organisation_id: report.organisation_id, detail: String(reason) });
      await store.checkpoint?.();
    }
    return reply.redirect(`/inbox/${report.reference}?m=${erased ? 'changed' : 'unchanged'}`, 303);
  });

  app.post('/inbox/:reference/export', {
    config: {
      rateLimit: {
        max: config.readRateLimit.limit,
        timeWindow: config.readRateLimit.windowMs,
        keyGenerator: (/** @type {import('fastify').FastifyRequest} */ request) => `account:${request.account?.id}`,
      },
    },
    handler: async (request, reply) => {
      const report = await visibleReport(app, request);
      if (!report) return notFound(request, reply);
      const account = actor(request);
      await app.audit({ actor_id: account.id, actor: account.email, action: 'export', reference: report.reference, organisation_id: report.organisation_id });
      const { rows: trail } = await store.audit.list({ reference: report.reference, limit: 1000, offset: 0 });
      const document = exportDocument(report, cipher, trail.reverse(), config.now());
      return reply
        .type('application/json; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="melding-${report.reference}.json"`)
        .send(JSON.stringify(document, null, 2));
    },
  });
}
