import { readFile } from 'node:fs/promises';

const STYLESHEET = new URL('../../../public/receiver.css', import.meta.url);

/** GET /assets/receiver.css: the back office's one stylesheet (no inline styles: see the CSP). */
export default async function assetRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, 'public');
  const css = await readFile(STYLESHEET, 'utf8');
  app.get('/assets/receiver.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(css));
}
