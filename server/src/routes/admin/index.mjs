import { ALLOWED } from '../../auth/roles.mjs';
import accountRoutes from './accounts.mjs';
import organisationRoutes from './organisations.mjs';

/** /admin: accounts and organisations, for admins only. */
export default async function adminRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, `roles:${ALLOWED.admin.join(',')}`);
  app.addHook('onRequest', app.requireRoles(ALLOWED.admin));
  await app.register(accountRoutes);
  await app.register(organisationRoutes);
}
