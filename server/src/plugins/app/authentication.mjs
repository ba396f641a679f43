import fp from 'fastify-plugin';
import { errorPage } from '../../views/pages/errors.mjs';

/**
 * Who is signed in, for the back office: `request.account` from the session (re-read
 * from the store on every request, so a disabled account or a reset ends its sessions
 * at once), and the hooks a scope adds where its routes are mounted:
 * `app.requireSignIn` (signed out: a page goes to the sign-in form, JSON gets 401) and
 * `app.requireRoles(roles)` (another role: 403). Registered in the back-office scope,
 * after the session plugin.
 */

/**
 * A path to return to after signing in: only a path on this receiver, never another
 * site (`//evil.example`, `/\evil.example`, `https:`…). Characters beyond ASCII are
 * percent-encoded, as a browser sends them: raw in a Location header they made the
 * redirect fail (500) after a correct sign-in.
 * @param {unknown} value
 */
export function safeNext(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value.length > 500) return '/';
  try {
    return value.replace(/[^\u0000-\u007f]+/gu, (text) => encodeURIComponent(text));
  } catch {
    // A lone surrogate cannot be encoded: no such path exists here.
    return '/';
  }
}

/** @param {import('fastify').FastifyRequest} request */
const wantsPage = (request) => request.routeOptions.config?.page === true;

async function authentication(app) {
  app.decorateRequest('account', null);

  app.addHook('onRequest', async (request) => {
    const id = request.session?.accountId;
    if (typeof id !== 'number') return;
    const account = await app.store.accounts.findById(id);
    // A disabled account, and one being reset (no password until its owner sets one up
    // again), has no live session, also if a request in flight wrote a session back
    // after the reset removed it.
    if (!account || account.disabled_at !== null || account.password_hash === null) {
      request.session.accountId = undefined;
      return;
    }
    request.account = account;
  });

  app.decorate('requireSignIn', async (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => {
    if (request.account) return;
    if (wantsPage(request) && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.redirect(`/sign-in?next=${encodeURIComponent(safeNext(request.url))}`, 303);
    }
    reply.code(401);
    if (wantsPage(request)) return reply.type('text/html; charset=utf-8').send(errorPage('sign-in-required', 401, request).text);
    return reply.send({ error: 'sign-in-required' });
  });

  app.decorate('requireRoles', (/** @type {readonly string[]} */ roles) =>
    async (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => {
      if (request.account && roles.includes(request.account.role)) return;
      reply.code(403);
      if (wantsPage(request)) return reply.type('text/html; charset=utf-8').send(errorPage('forbidden', 403, request).text);
      return reply.send({ error: 'forbidden' });
    });
}

export default fp(authentication, { name: 'authentication', dependencies: ['session'] });
