import fp from 'fastify-plugin';
import { chooseLanguage } from '../../i18n/choose-language.mjs';

/** The cookie that keeps the language chosen before signing in (a preference, nothing personal). */
export const LANGUAGE_COOKIE = 'meldpunt-lang';

/**
 * `request.lang` for the back office: the account's setting, the switch's cookie, the
 * browser's Accept-Language, or Dutch (see i18n/choose-language.mjs). Registered after
 * `authentication`, so the account is known.
 */
async function language(app) {
  app.decorateRequest('lang', 'nl');
  app.addHook('onRequest', async (request) => {
    request.lang = chooseLanguage({
      account: request.account,
      cookie: request.cookies?.[LANGUAGE_COOKIE] ?? null,
      acceptLanguage: request.headers['accept-language'],
    });
  });
}

export default fp(language, { name: 'language', dependencies: ['authentication'] });
