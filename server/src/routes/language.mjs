import { safeNext } from '../plugins/app/authentication.mjs';
import { LANGUAGE_COOKIE } from '../plugins/app/language.mjs';
import { isLanguage } from '../views/messages/index.mjs';

/** A year: the switch's choice is remembered on this browser until changed. */
const COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/**
 * POST /language (lang, next): the language switch in every page's header. Signed in,
 * the choice becomes the account's setting (every device, every later session); signed
 * out or in, this browser remembers it in a cookie (a preference, never personal data),
 * so the sign-in page speaks it too. Back to the page it came from (this receiver's
 * paths only).
 */
export default async function languageRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { store, config } = app;
  app.post('/language', async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const next = safeNext(body.next);
    if (!isLanguage(body.lang)) return reply.redirect(next, 303);
    if (request.account && request.account.lang !== body.lang) {
      await store.accounts.update(request.account.id, { lang: body.lang });
    }
    reply.setCookie(LANGUAGE_COOKIE, body.lang, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      maxAge: COOKIE_MAX_AGE_S,
    });
    return reply.redirect(next, 303);
  });
}
