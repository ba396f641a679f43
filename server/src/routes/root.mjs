import { may } from '../auth/roles.mjs';

/** GET /: where each role starts. */
export default async function rootRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.get('/', async (request, reply) => reply.redirect(may(request.account, 'reports') ? '/inbox' : may(request.account, 'admin') ? '/admin/accounts' : '/account', 303));
}
