#!/usr/bin/env node
/**
 * `npm start`: builds the widget, then serves the demo page and dist/ on
 * http://127.0.0.1:8080 (PORT to change) and starts the reference receiver with
 * its SQLite database on http://127.0.0.1:8787 (RECEIVER_PORT), allowing the demo's
 * origin and with the fail switch on. The receiver's demo database
 * (server/data/demo.sqlite, or RECEIVER_DB) gets demo organisations and accounts, one
 * per role; their sign-in details are printed, and pressing Enter prints the current
 * second-factor codes (demo accounts only). New reports are routed with
 * server/examples/routing.json; notices and escalations go to a mail sink in this
 * process (one "mail to X: subject" line each, the messages in server/data/demo-mail/).
 * Stop with Ctrl+C.
 */
import { execSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './static-server.mjs';
import { createReceiver } from 'eenzaamheid-hulp-receiver';
import { DEMO_ROUTING_FILE, currentTotpCode, prepareDemoDatabase, startDemoMailSink } from 'eenzaamheid-hulp-receiver/demo';

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
const dbPath = process.env.RECEIVER_DB ?? fileURLToPath(new URL('../server/data/demo.sqlite', import.meta.url));
// Organisations and accounts first: the routing file is checked against them at start.
const accounts = await prepareDemoDatabase({ dbPath });
/** Mail lines wait until the demo's introduction is printed. */
let mailReady = false;
const mailSink = await startDemoMailSink({
  folder: fileURLToPath(new URL('../server/data/demo-mail/', import.meta.url)),
  print: (line) => (mailReady ? console.log(line) : setTimeout(() => console.log(line), 500)),
});
const receiver = createReceiver({
  dbPath,
  allowedOrigins: [`http://${host}:${actual}`, `http://localhost:${actual}`],
  ...(process.env.RECEIVER_MIN_FILL_MS ? { minFillMs: Number(process.env.RECEIVER_MIN_FILL_MS) } : {}),
  ...(receiverPort ? { publicUrl: `http://${host}:${receiverPort}` } : {}),
  routing: process.env.RECEIVER_ROUTING ?? DEMO_ROUTING_FILE,
  smtpUrl: mailSink.url,
  mailFrom: 'meldpunt@demo.invalid',
  workflowIntervalMs: 5_000,
  control: true,
});
const receiverActual = await receiver.listen(receiverPort, host);
const receiverUrl = `http://${host}:${receiverActual}`;
demoConfig.receiver = receiverUrl;

const roleNames = { admin: 'admin', coordinator: 'coordinator', 'local-actor': 'local actor' };
console.log(`\nDemo:     http://${host}:${actual}/demo/`);
console.log(`Receiver: ${receiverUrl}/reports  (sign in: ${receiverUrl}/sign-in)`);
console.log('\nDemo accounts (demo only, never in a real receiver):');
for (const account of accounts) {
  const who = `${roleNames[/** @type {keyof typeof roleNames} */ (account.role)]}${account.organisation ? ` of ${account.organisation}` : ''}`;
  console.log(`  ${who.padEnd(40)} ${account.email.padEnd(26)} password: ${account.password}`);
  if (account.totpSecret) console.log(`  ${''.padEnd(40)} second factor: authenticator key ${account.totpSecret}`);
}
console.log('Admins and coordinators also type a code from an authenticator app (add the key above to one),');
console.log('or press Enter here to print the current codes. Local actors sign in with their password only.');
console.log(`\nNew reports are routed with ${process.env.RECEIVER_ROUTING ?? DEMO_ROUTING_FILE}`);
console.log('(e.g. age 65+ → Samana, under 18 → Jeugddienst, 18-25 → Overkop, Heembeemd → Zorgzame buurt; otherwise a coordinator assigns).');
console.log('Notices go to a mail sink in this process: one "mail to X: subject" line each; the messages are in server/data/demo-mail/.');
console.log('(Ctrl+C to stop)\n');
mailReady = true;

function printCodes() {
  const now = receiver.config.now();
  for (const account of accounts) {
    if (account.totpSecret) console.log(`  code for ${account.email}: ${currentTotpCode(account.totpSecret, now)} (valid for about 30 s)`);
  }
}
if (process.stdin.isTTY) createInterface({ input: process.stdin }).on('line', printCodes);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    receiver.close().finally(() => mailSink.close().finally(() => server.close(() => process.exit(0))));
  });
}
