import QRCode from 'qrcode';
import { passwordProblem, hashPassword } from '../../auth/passwords.mjs';
import { SECOND_FACTOR_REQUIRED } from '../../auth/roles.mjs';
import { hashToken } from '../../auth/tokens.mjs';
import { newTotpSecret, totpStep, totpUri } from '../../auth/totp.mjs';
import { SafeHtml } from '../../views/html.mjs';
import { messagesFor } from '../../views/messages/index.mjs';

/** The texts in the language of the person asking. @param {import('fastify').FastifyRequest} request */
const tr = (request) => messagesFor(request.lang);
import { errorPage } from '../../views/pages/errors.mjs';
import { setupPage } from '../../views/pages/setup.mjs';

/**
 * GET/POST /setup/:token: a new (or reset) account sets its password and, for admins
 * and coordinators, the second factor. The TOTP secret shown on the page waits in the
 * session until the code proves the app has it. The link works until used or 72 hours.
 */
export default async function setupRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config, store, cipher } = app;
  const rateLimit = { max: config.signInRateLimit.limit, timeWindow: config.signInRateLimit.windowMs };
  const html = (/** @type {import('fastify').FastifyReply} */ reply, /** @type {number} */ status, /** @type {{ text: string }} */ body) =>
    reply.code(status).type('text/html; charset=utf-8').send(body.text);

  /** @param {import('fastify').FastifyRequest} request */
  async function accountFor(request) {
    const { token } = /** @type {{ token: string }} */ (request.params);
    const tokenHash = hashToken(token);
    return { token, tokenHash, account: await store.accounts.findBySetupToken(tokenHash, config.now()) };
  }

  /**
   * @param {import('fastify').FastifyRequest} request @param {import('fastify').FastifyReply} reply
   * @param {{ token: string, tokenHash: string, account: import('../../store/contract.mjs').Account }} found
   * @param {number} status @param {string | null} error
   */
  async function form(request, reply, { token, tokenHash, account }, status, error) {
    let setup = request.session.setup;
    if (!setup || setup.tokenHash !== tokenHash) {
      setup = { tokenHash, secret: newTotpSecret() };
      request.session.setup = setup;
    }
    const svg = await QRCode.toString(totpUri(setup.secret, account.email), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return html(
      reply,
      status,
      setupPage({
        csrfToken: reply.generateCsrf(), lang: request.lang, path: request.method === 'GET' ? request.url : undefined,
        token,
        email: account.email,
        required: SECOND_FACTOR_REQUIRED.includes(account.role),
        secret: setup.secret,
        qrSvg: new SafeHtml(svg),
        error,
      }),
    );
  }

  app.get('/setup/:token', async (request, reply) => {
    const found = await accountFor(request);
    if (!found.account) return html(reply, 404, errorPage('invalid-link', 404, request));
    return form(request, reply, /** @type {any} */ (found), 200, null);
  });

  app.post('/setup/:token', { config: { rateLimit } }, async (request, reply) => {
    const found = await accountFor(request);
    const { account } = found;
    if (!account) return html(reply, 404, errorPage('invalid-link', 404, request));
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const password = typeof body.password === 'string' ? body.password : '';
    const code = typeof body.code === 'string' ? body.code.trim() : '';
    const problem = passwordProblem(password);
    if (problem) return form(request, reply, /** @type {any} */ (found), 422, problem === 'too-short' ? tr(request).setup.tooShort : tr(request).setup.tooLong);
    if (password !== body.password2) return form(request, reply, /** @type {any} */ (found), 422, tr(request).setup.mismatch);

    const setup = request.session.setup;
    const required = SECOND_FACTOR_REQUIRED.includes(account.role);
    let secret = null;
    let step = null;
    if (required || code) {
      step = setup && setup.tokenHash === found.tokenHash ? totpStep(setup.secret, code, config.now()) : null;
      if (step === null) return form(request, reply, /** @type {any} */ (found), 422, tr(request).setup.codeWrong);
      secret = setup.secret;
    }
    await store.accounts.update(account.id, {
      password_hash: await hashPassword(password, config.passwordCost),
      totp_secret: secret === null ? null : cipher.encrypt(secret, `account:${account.id}`),
      totp_last_step: step,
      failed_attempts: 0,
      locked_until: null,
    });
    await store.accounts.dropSetupTokens(account.id);
    await store.sessions.destroyForAccount(account.id);
    await app.audit({ actor_id: account.id, actor: account.email, action: 'setup-complete', detail: secret ? 'with-second-factor' : null, ip: request.ip });
    request.session.setup = undefined;
    return reply.redirect('/sign-in?m=setup-done', 303);
  });
}
