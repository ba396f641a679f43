/** POST /sign-out: ends the session here and in the store. */
export default async function signOutRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.post('/sign-out', async (request, reply) => {
    const account = /** @type {import('../store/contract.mjs').Account} */ (request.account);
    await app.audit({ actor_id: account.id, actor: account.email, action: 'sign-out', ip: request.ip });
    await request.session.destroy();
    return reply.redirect('/sign-in?m=signed-out', 303);
  });
}
