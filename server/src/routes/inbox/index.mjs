import { ALLOWED } from '../../auth/roles.mjs';
import coordinatorActions from './coordinator.mjs';
import listRoutes from './list.mjs';
import reportRoutes from './report.mjs';
import workRoutes from './work.mjs';

/**
 * /inbox: the reports, for coordinators (all) and local actors (their organisation's).
 * Assigning, erasing and exporting are mounted one level deeper, for coordinators only.
 */
export default async function inboxRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, `roles:${ALLOWED.reports.join(',')}`);
  app.addHook('onRequest', app.requireRoles(ALLOWED.reports));
  await app.register(listRoutes);
  await app.register(reportRoutes);
  await app.register(workRoutes);
  await app.register(coordinatorActions);
}
