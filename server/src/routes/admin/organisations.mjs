import { ManageError, createOrganisation, renameOrganisation } from '../../auth/accounts.mjs';
import { messagesFor } from '../../views/messages/index.mjs';

/** The texts in the language of the person asking. @param {import('fastify').FastifyRequest} request */
const tr = (request) => messagesFor(request.lang);
import { organisationsPage } from '../../views/pages/admin.mjs';

/** GET /admin/organisations, POST /admin/organisations (create), POST /admin/organisations/:id (rename). */
export default async function organisationRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;
  const deps = { store, now: config.now };

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   * @param {number} status @param {{ error?: string, message?: string }} [extra]
   */
  async function show(request, reply, status, extra = {}) {
    const body = organisationsPage({ account: /** @type {any} */ (request.account), csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, organisations: await store.organisations.list(), ...extra });
    return reply.code(status).type('text/html; charset=utf-8').send(body.text);
  }
  /** @param {import('fastify').FastifyRequest} request */
  const actor = (request) => ({ id: /** @type {any} */ (request.account).id, label: /** @type {any} */ (request.account).email });
  /** @param {unknown} error @param {import('fastify').FastifyRequest} request */
  const problem = (error, request) => {
    if (!(error instanceof ManageError)) throw error;
    return error.code === 'exists' ? tr(request).admin.orgExists : tr(request).admin.orgInvalid;
  };
  /** @param {import('fastify').FastifyRequest} request @param {string} name */
  const field = (request, name) => {
    const value = /** @type {Record<string, unknown>} */ (request.body ?? {})[name];
    return typeof value === 'string' ? value : '';
  };

  app.get('/organisations', async (request, reply) => show(request, reply, 200));

  app.post('/organisations', async (request, reply) => {
    try {
      await createOrganisation(deps, { id: field(request, 'id'), name: field(request, 'name') }, actor(request));
      return show(request, reply, 201, { message: tr(request).admin.done });
    } catch (error) {
      return show(request, reply, 422, { error: problem(error, request) });
    }
  });

  app.post('/organisations/:id', async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    try {
      await renameOrganisation(deps, id, field(request, 'name'), actor(request));
      return show(request, reply, 200, { message: tr(request).admin.done });
    } catch (error) {
      return show(request, reply, error instanceof ManageError && error.code === 'not-found' ? 404 : 422, { error: problem(error, request) });
    }
  });
}
