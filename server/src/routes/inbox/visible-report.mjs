import { canSeeReport } from '../../auth/roles.mjs';
import { REFERENCE_PATTERN } from '../../intake/reference.mjs';

/**
 * The report named in the URL, if the signed-in account may see it. A local actor asking
 * for another organisation's report gets the same 404 as for one that does not exist
 * (no way to learn which references exist), and the attempt is in the audit log.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('fastify').FastifyRequest} request
 */
export async function visibleReport(app, request) {
  const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
  const { reference } = /** @type {{ reference: string }} */ (request.params);
  if (!REFERENCE_PATTERN.test(reference)) return null;
  const report = await app.store.reports.findByReference(reference);
  if (!report) return null;
  if (!canSeeReport(account, report)) {
    await app.audit({ actor_id: account.id, actor: account.email, action: 'view-denied', reference, organisation_id: account.organisation_id });
    return null;
  }
  return report;
}
