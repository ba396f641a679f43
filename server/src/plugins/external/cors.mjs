import cors from '@fastify/cors';
import fp from 'fastify-plugin';

/**
 * CORS from @fastify/cors for the intake only: the listed origins (partner pages) may
 * send reports and read the answer; never `*`, never credentials (the widget sends no
 * cookies, and an answer must not become readable with someone's session).
 * @param {import('fastify').FastifyInstance} app
 * @param {{ origins: string[] }} options
 */
async function corsPlugin(app, { origins }) {
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
