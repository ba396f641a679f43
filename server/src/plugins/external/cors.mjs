import cors from '@fastify/cors';
import fp from 'fastify-plugin';

/**
 * CORS from @fastify/cors: the listed origins (partner pages) may send reports and read
 * the answers, also a 404 or a 429, so the widget can tell a refusal from a network
 * failure; never `*`, never credentials (the widget sends no cookies, and an answer
 * must not become readable with someone's session). A preflight from any other origin
 * is refused outright (403). The back office switches CORS off for its routes
 * (`config.cors = false`): none of its answers is ever readable by another site.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ origins: string[] }} options
 */
async function corsPlugin(app, { origins }) {
  const allowed = new Set(origins);
  // The plugin's own catch-all preflight route is public (see plugins/app/access.mjs).
  app.addHook('onRoute', (route) => {
    if (route.url === '*' && [route.method].flat().includes('OPTIONS')) route.config = { ...route.config, access: 'public' };
  });
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (request.method !== 'OPTIONS' || origin === undefined || allowed.has(origin)) return;
    reply.code(403).header('Vary', 'Origin').header('Content-Length', '0').send();
    return reply;
  });
  await app.register(cors, {
    origin: origins,
    methods: ['POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  });
}

export default fp(corsPlugin, { name: 'cors' });
