#!/usr/bin/env node
/**
 * `npm start`: builds the widget, then serves the demo page and dist/ on
 * http://127.0.0.1:8080 (PORT to change). Stop with Ctrl+C.
 */
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const server = createStaticServer({
  root: `${root}/demo`,
  mounts: { '/demo/': `${root}/demo`, '/dist/': `${root}/dist` },
  handle: (req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(302, { location: '/demo/' }).end();
      return true;
    }
    return false;
  },
});
const actual = await listen(server, port, host);
console.log(`\nDemo: http://${host}:${actual}/demo/\n(Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
