import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.mjs';
import { messagesFor } from '../../views/messages/index.mjs';

/** The texts in the language of the person asking. @param {import('fastify').FastifyRequest} request */
const tr = (request) => messagesFor(request.lang);
import { accountPage } from '../../views/pages/account.mjs';

/** GET /account and POST /account/password: every signed-in person's own account. */
export default async function accountRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   * @param {number} status @param {{ error?: string, message?: string }} words
   */
  async function show(request, reply, status, { error, message } = {}) {
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const organisation = account.organisation_id ? await store.organisations.find(account.organisation_id) : undefined;
    const body = accountPage({ account, organisationName: organisation?.name ?? null, csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, error, message });
    return reply.code(status).type('text/html; charset=utf-8').send(body.text);
  }

  app.get('/account', async (request, reply) => {
    const query = /** @type {Record<string, string>} */ (request.query);
    return show(request, reply, 200, query.m === 'saved' ? { message: tr(request).account.saved } : {});
  });

  app.post('/account/password', { config: { rateLimit: { max: config.signInRateLimit.limit, timeWindow: config.signInRateLimit.windowMs } } }, async (request, reply) => {
    const account = /** @type {import('../../store/contract.mjs').Account} */ (request.account);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const password = typeof body.password === 'string' ? body.password : '';
    if (!(await verifyPassword(typeof body.current === 'string' ? body.current : '', account.password_hash, config.passwordCost))) {
      return show(request, reply, 422, { error: tr(request).account.wrongPassword });
    }
    const problem = passwordProblem(password);
    if (problem) return show(request, reply, 422, { error: problem === 'too-short' ? tr(request).setup.tooShort : tr(request).setup.tooLong });
    if (password !== body.password2) return show(request, reply, 422, { error: tr(request).setup.mismatch });
    await store.accounts.update(account.id, { password_hash: await hashPassword(password, config.passwordCost) });
    // Every other session of this account ends; this one continues under a new id.
    await store.sessions.destroyForAccount(account.id);
    await request.session.regenerate();
    request.session.accountId = account.id;
    await app.audit({ actor_id: account.id, actor: account.email, action: 'password-change', ip: request.ip });
    return reply.redirect('/account?m=saved', 303);
  });
}
