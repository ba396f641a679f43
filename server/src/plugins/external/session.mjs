import cookie from '@fastify/cookie';
import session from '@fastify/session';
import fp from 'fastify-plugin';
import { SessionStore } from '../../auth/session-store.mjs';

/**
 * Sessions for the back office, from @fastify/cookie and @fastify/session, kept in the
 * store (hashed ids) so they survive a restart and can be ended for an account.
 * The cookie: HttpOnly, SameSite=Strict, Secure (and the `__Host-` prefix, which
 * browsers only accept on a Secure cookie for the whole site) unless the receiver only
 * answers loopback names; its lifetime is the idle timeout, renewed on every request.
 * The store ends a session after the idle timeout or the absolute limit, by the
 * receiver's clock. Registered only around the back office: the intake never reads or
 * sets a cookie.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ secrets: string[] }} options
 */
async function sessionPlugin(app, { secrets }) {
  const { config, store, cipher } = app;
  await app.register(cookie);
  await app.register(session, {
    secret: secrets,
    cookieName: config.secureCookies ? '__Host-meldpunt' : 'meldpunt-session',
    cookie: { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/', maxAge: config.session.idleMs },
    rolling: true,
    saveUninitialized: false,
    store: new SessionStore({ sessions: store.sessions, cipher, now: config.now, ...config.session }),
  });
}

export default fp(sessionPlugin, { name: 'session' });
