import { ManageError, createAccount, resetAccount, setDisabled, setupUrl, unlockAccount } from '../../auth/accounts.mjs';
import { messagesFor } from '../../views/messages/index.mjs';

/** The texts in the language of the person asking. @param {import('fastify').FastifyRequest} request */
const tr = (request) => messagesFor(request.lang);
import { accountsPage } from '../../views/pages/admin.mjs';

/**
 * GET /admin/accounts, POST /admin/accounts (create), POST /admin/accounts/:id/
 * disable | enable | reset | unlock. A new or reset account's set-up link is shown
 * once, on the answer to that POST, and never stored in a way that could show it again.
 */
export default async function accountRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;
  const deps = { store, now: config.now };

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   * @param {number} status @param {{ error?: string, message?: string, setupLink?: { email: string, url: string } }} [extra]
   */
  async function show(request, reply, status, extra = {}) {
    const body = accountsPage({
      account: /** @type {any} */ (request.account),
      csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined,
      accounts: await store.accounts.list(),
      organisations: await store.organisations.list(),
      now: config.now(),
      ...extra,
    });
    return reply.code(status).type('text/html; charset=utf-8').send(body.text);
  }
  /** @param {import('fastify').FastifyRequest} request */
  const actor = (request) => ({ id: /** @type {any} */ (request.account).id, label: /** @type {any} */ (request.account).email });
  /** The link, with this receiver's own address when no public address is configured. @param {import('fastify').FastifyRequest} request @param {string} token */
  const link = (request, token) => setupUrl(config.publicUrl ?? `${request.protocol}://${request.host}`, token);
  /** @param {unknown} error @param {import('fastify').FastifyRequest} request */
  const problem = (error, request) => {
    if (!(error instanceof ManageError)) throw error;
    return error.code === 'exists' ? tr(request).admin.exists : error.code === 'own-account' ? tr(request).admin.ownAccount : tr(request).admin.invalid;
  };

  app.get('/accounts', async (request, reply) => show(request, reply, 200));

  app.post('/accounts', async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const text = (/** @type {string} */ name) => (typeof body[name] === 'string' ? /** @type {string} */ (body[name]) : '');
    try {
      const { account, token } = await createAccount(deps, { email: text('email'), name: text('name'), role: text('role'), organisationId: text('organisation') || null }, actor(request));
      return show(request, reply, 201, { message: tr(request).admin.done, setupLink: { email: account.email, url: link(request, token) } });
    } catch (error) {
      return show(request, reply, 422, { error: problem(error, request) });
    }
  });

  app.post('/accounts/:id/:action', async (request, reply) => {
    const { id, action } = /** @type {{ id: string, action: string }} */ (request.params);
    const accountId = /^\d{1,12}$/.test(id) ? Number(id) : NaN;
    try {
      if (action === 'reset') {
        const { account, token } = await resetAccount(deps, accountId, actor(request));
        return show(request, reply, 200, { message: tr(request).admin.done, setupLink: { email: account.email, url: link(request, token) } });
      }
      if (action === 'disable' || action === 'enable') await setDisabled(deps, accountId, action === 'disable', actor(request));
      else if (action === 'unlock') await unlockAccount(deps, accountId, actor(request));
      else return show(request, reply, 404, { error: tr(request).admin.invalid });
      return show(request, reply, 200, { message: tr(request).admin.done });
    } catch (error) {
      return show(request, reply, error instanceof ManageError && error.code === 'not-found' ? 404 : 422, { error: problem(error, request) });
    }
  });
}
