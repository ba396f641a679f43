import { PENDING_MS, checkCode, checkPassword, completeSignIn } from '../../auth/sign-in.mjs';
import { safeNext } from '../../plugins/app/authentication.mjs';
import { messagesFor } from '../../views/messages/index.mjs';

/** The texts in the language of the person asking. @param {import('fastify').FastifyRequest} request */
const tr = (request) => messagesFor(request.lang);
import { codePage, signInPage } from '../../views/pages/sign-in.mjs';

/** Messages the sign-in page can show after a redirect (?m=…). */
const MESSAGES = /** @type {Record<string, 'signedOut' | 'expired' | 'setupDone'>} */ ({ 'signed-out': 'signedOut', expired: 'expired', 'setup-done': 'setupDone' });

/**
 * GET/POST /sign-in (e-mail and password), GET/POST /sign-in/code (the second factor).
 * Between the two steps the session holds only `pending` (which account, since when):
 * nothing is readable until the code is right. The session id changes after each step
 * (no fixation). Both POSTs are rate limited per client IP, and failures lock the account.
 */
export default async function signInRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  const deps = { store: app.store, cipher: app.cipher, config };
  const rateLimit = { max: config.signInRateLimit.limit, timeWindow: config.signInRateLimit.windowMs };
  const html = (/** @type {import('fastify').FastifyReply} */ reply, /** @type {number} */ status, /** @type {{ text: string }} */ body) =>
    reply.code(status).type('text/html; charset=utf-8').send(body.text);

  /** @param {import('fastify').FastifyRequest} request @param {number} accountId */
  async function signedIn(request, accountId) {
    await request.session.regenerate();
    request.session.accountId = accountId;
    request.session.signedInAt = config.now();
  }

  app.get('/sign-in', async (request, reply) => {
    const query = /** @type {Record<string, string>} */ (request.query);
    const next = safeNext(query.next);
    if (request.account) return reply.redirect(next, 303);
    return html(reply, 200, signInPage({ csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, next, message: Object.hasOwn(MESSAGES, query.m ?? '') ? tr(request).signIn[/** @type {'signedOut'} */ (MESSAGES[query.m ?? ''])] : null }));
  });

  app.post('/sign-in', { config: { rateLimit } }, async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    const result = await checkPassword(deps, { email, password, ip: request.ip });
    if (!result.ok) {
      const error = result.reason === 'locked' ? tr(request).signIn.locked : result.reason === 'no-second-factor' ? tr(request).signIn.noSecondFactor : tr(request).signIn.wrong;
      return html(reply, 401, signInPage({ csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, email, next, error }));
    }
    if (result.needsCode) {
      await request.session.regenerate();
      request.session.pending = { accountId: result.account.id, since: config.now() };
      return reply.redirect(`/sign-in/code?next=${encodeURIComponent(next)}`, 303);
    }
    await completeSignIn(deps, result.account, request.ip);
    await signedIn(request, result.account.id);
    return reply.redirect(next, 303);
  });

  /** @param {import('fastify').FastifyRequest} request */
  const pending = (request) => {
    const value = request.session.pending;
    return value && config.now() - value.since <= PENDING_MS ? value : null;
  };

  app.get('/sign-in/code', async (request, reply) => {
    const next = safeNext(/** @type {Record<string, string>} */ (request.query).next);
    if (!pending(request)) return reply.redirect(`/sign-in?m=expired&next=${encodeURIComponent(next)}`, 303);
    return html(reply, 200, codePage({ csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, next }));
  });

  app.post('/sign-in/code', { config: { rateLimit } }, async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const next = safeNext(body.next);
    const waiting = pending(request);
    if (!waiting) return reply.redirect(`/sign-in?m=expired&next=${encodeURIComponent(next)}`, 303);
    const result = await checkCode(deps, { accountId: waiting.accountId, code: typeof body.code === 'string' ? body.code : '', ip: request.ip });
    if (!result.ok) {
      if (result.reason === 'locked') {
        request.session.pending = undefined;
        return html(reply, 401, signInPage({ csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, next, error: tr(request).signIn.locked }));
      }
      return html(reply, 401, codePage({ csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined, next, error: tr(request).signIn.codeWrong }));
    }
    await completeSignIn(deps, result.account, request.ip);
    await signedIn(request, result.account.id);
    return reply.redirect(next, 303);
  });
}
