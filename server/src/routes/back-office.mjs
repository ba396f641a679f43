import authentication from '../plugins/app/authentication.mjs';
import language from '../plugins/app/language.mjs';
import readGate from '../plugins/app/read-gate.mjs';
import csrfPlugin from '../plugins/external/csrf.mjs';
import formbodyPlugin from '../plugins/external/formbody.mjs';
import sessionPlugin from '../plugins/external/session.mjs';
import accountRoutes from './account/index.mjs';
import adminRoutes from './admin/index.mjs';
import auditRoutes from './audit/index.mjs';
import inboxRoutes from './inbox/index.mjs';
import languageRoutes from './language.mjs';
import reachRoutes from './reach/index.mjs';
import rootRoutes from './root.mjs';
import setupRoutes from './setup/index.mjs';
import signInRoutes from './sign-in/index.mjs';
import signOutRoutes from './sign-out.mjs';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The back office: sessions, CSRF and who is signed in, around every page. Sign-in and
 * the set-up links are open; everything else is mounted in the signed-in scope, and
 * below it each folder adds the roles it needs (deny by default: a route mounted
 * outside these scopes stops the receiver from starting, see plugins/app/access.mjs).
 * @param {import('fastify').FastifyInstance} app
 * @param {{ sessionSecrets: string[] }} options
 */
export default async function backOffice(app, { sessionSecrets }) {
  // Pages answer errors as HTML; `.json` routes as JSON. No back-office answer is ever
  // readable by another site: CORS is off here.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, page: !String(route.url).endsWith('.json'), cors: false };
  });
  // First, before any session or database work: reads wait here while the gate is full.
  await app.register(readGate, app.config.readGate);
  await app.register(sessionPlugin, { secrets: sessionSecrets });
  await app.register(csrfPlugin);
  await app.register(formbodyPlugin);
  await app.register(authentication);
  await app.register(language);

  // Besides the CSRF token: a state-changing request that a browser marks as coming
  // from another site, or whose Origin is not this receiver, is refused outright.
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite = (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== `${request.protocol}://${request.host}`);
    if (crossSite) {
      reply.code(403);
      return reply.send({ error: 'csrf' });
    }
  });
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });

  await app.register(async function openPages(scope) {
    scope.mountAccess(scope, 'public');
    await scope.register(signInRoutes);
    await scope.register(setupRoutes);
    await scope.register(languageRoutes);
  });

  await app.register(async function signedIn(scope) {
    scope.mountAccess(scope, 'signed-in');
    scope.addHook('onRequest', scope.requireSignIn);
    await scope.register(rootRoutes);
    await scope.register(signOutRoutes);
    await scope.register(accountRoutes);
    await scope.register(inboxRoutes);
    await scope.register(reachRoutes);
    await scope.register(auditRoutes);
    await scope.register(adminRoutes, { prefix: '/admin' });
  });
}
