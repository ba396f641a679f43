#!/usr/bin/env node
/**
 * `npm start`: builds the widget, then serves the demo page and dist/ on
 * http://127.0.0.1:8080 (PORT to change) and starts the reference receiver with
 * its SQLite database on http://127.0.0.1:8787 (RECEIVER_PORT), allowing the demo's
 * origin and with the fail switch on. Stop with Ctrl+C.
 */
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './static-server.mjs';
import { createReceiver } from '../server/receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const receiverPort = Number(process.env.RECEIVER_PORT ?? 8787);
/** Filled in once the receiver listens; the demo page reads it from /demo/config.json. */
const demoConfig = { receiver: '' };
const server = createStaticServer({
  root: `${root}/demo`,
  mounts: { '/demo/': `${root}/demo`, '/dist/': `${root}/dist` },
  handle: (req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(302, { location: '/demo/' }).end();
      return true;
    }
    if (req.url === '/demo/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(demoConfig));
      return true;
    }
    return false;
  },
});
const actual = await listen(server, port, host);
const receiver = createReceiver({ ...(process.env.RECEIVER_DB ? { dbPath: process.env.RECEIVER_DB } : {}), allowedOrigins: [`http://${host}:${actual}`, `http://localhost:${actual}`], control: true });
const receiverActual = await receiver.listen(receiverPort, host);
demoConfig.receiver = `http://${host}:${receiverActual}`;
console.log(`\nDemo:     http://${host}:${actual}/demo/`);
console.log(`Receiver: http://${host}:${receiverActual}/reports  (inbox: http://${host}:${receiverActual}/inbox)`);
console.log('(Ctrl+C to stop)');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    receiver.close().finally(() => server.close(() => process.exit(0)));
  });
}
