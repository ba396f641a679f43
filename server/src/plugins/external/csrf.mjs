import csrf from '@fastify/csrf-protection';
import fp from 'fastify-plugin';

/**
 * CSRF tokens from @fastify/csrf-protection, with the secret in the session. Every form
 * carries `_csrf`; every request that changes something (POST in the back office,
 * sign-in included) is checked in a preHandler (after the form body is parsed).
 */
export default fp(
  async function csrfPlugin(app) {
    await app.register(csrf, { sessionPlugin: '@fastify/session' });
  },
  { name: 'csrf', dependencies: ['session'] },
);
