import { readFile } from 'node:fs/promises';

/** The back office's own files: one stylesheet and one small script (see the CSP). */
const ASSETS = [
  { path: '/assets/receiver.css', file: new URL('../../../public/receiver.css', import.meta.url), type: 'text/css; charset=utf-8' },
  { path: '/assets/inbox-notice.js', file: new URL('../../../public/inbox-notice.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
];

/** GET /assets/…: the back office's stylesheet and the inbox's notice script (no inline styles or scripts). */
export default async function assetRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  app.mountAccess(app, 'public');
  for (const asset of ASSETS) {
    const text = await readFile(asset.file, 'utf8');
    app.get(asset.path, async (_request, reply) => reply.type(asset.type).header('Cache-Control', 'public, max-age=3600').send(text));
  }
}
