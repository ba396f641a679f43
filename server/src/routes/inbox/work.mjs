import { randomUUID } from 'node:crypto';
import { isOutcome, isSettableStatus } from '../../inbox/report-actions.mjs';
import { errorPage } from '../../views/pages/errors.mjs';
import { visibleReport } from './visible-report.mjs';

export const NOTE_MAX = 2000;

/**
 * The work on one report, for whoever may see it (coordinators: every report; local
 * actors: their organisation's):
 *  - POST /inbox/:reference/status: contacted; closed with an outcome (and the number of
 *    tries when the person was not reachable);
 *  - POST /inbox/:reference/notes: a note (personal data: encrypted at rest, erased with
 *    the report; never in the audit log, which records only that a note was added).
 * Each is audited; the answer is a redirect back to the report with "changed" or
 * "unchanged" (a transition that is no longer possible changes nothing).
 */
export default async function workRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config, cipher } = app;
  const notFound = (/** @type {import('fastify').FastifyReply} */ reply) =>
    reply.code(404).type('text/html; charset=utf-8').send(errorPage('report-not-found', 404).text);
  /** @param {import('fastify').FastifyRequest} request */
  const actor = (request) => /** @type {import('../../store/contract.mjs').Account} */ (request.account);

  app.post('/inbox/:reference/status', async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(reply);
    const account = actor(request);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const status = body.status;
    const outcome = status === 'closed' ? body.outcome : null;
    const triesText = typeof body.tries === 'string' ? body.tries.trim() : '';
    const tries = /^[0-9]{1,2}$/.test(triesText) && Number(triesText) >= 1 ? Number(triesText) : null;
    let changed = false;
    const valid = isSettableStatus(status) && (status !== 'closed' || (isOutcome(outcome) && (outcome !== 'not-reachable' || tries !== null)));
    if (valid) {
      changed = await store.reports.setStatus(report.reference, {
        status,
        at: config.now(),
        outcome: /** @type {any} */ (outcome),
        tries: outcome === 'not-reachable' ? tries : null,
        actorId: account.id,
        actor: account.email,
      });
    }
    if (changed) {
      await app.audit({
        actor_id: account.id,
        actor: account.email,
        action: 'status',
        reference: report.reference,
        organisation_id: report.organisation_id,
        detail: status === 'closed' ? `closed:${outcome}${outcome === 'not-reachable' ? `:${tries}` : ''}` : String(status),
      });
    }
    const triesMissing = !changed && status === 'closed' && outcome === 'not-reachable' && tries === null;
    return reply.redirect(`/inbox/${report.reference}?m=${changed ? 'changed' : triesMissing ? 'tries-missing' : 'unchanged'}${triesMissing ? '#work-title' : ''}`, 303);
  });

  app.post('/inbox/:reference/notes', async (request, reply) => {
    const report = await visibleReport(app, request);
    if (!report) return notFound(reply);
    const account = actor(request);
    const text = /** @type {Record<string, unknown>} */ (request.body ?? {}).note;
    const note = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').trim() : '';
    let added = false;
    if (note !== '' && note.length <= NOTE_MAX) {
      const id = randomUUID();
      added = await store.notes.add({
        id,
        reference: report.reference,
        at: config.now(),
        author_id: account.id,
        author: account.email,
        text: /** @type {string} */ (cipher.encrypt(note, `note:${id}`)),
      });
    }
    if (added) {
      await app.audit({ actor_id: account.id, actor: account.email, action: 'note', reference: report.reference, organisation_id: report.organisation_id });
    }
    const empty = !added && (note === '' || note.length > NOTE_MAX);
    return reply.redirect(`/inbox/${report.reference}?m=${added ? 'changed' : empty ? 'note-empty' : 'unchanged'}#work-title`, 303);
  });
}
