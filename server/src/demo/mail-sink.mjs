import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHeader } from './mail-headers.mjs';

/**
 * The demo's mail server: an SMTP server on 127.0.0.1 (the `smtp-server` package, a
 * development dependency: only `npm start` uses it) that delivers nowhere. It prints one
 * line per mail ("mail to X: subject") and keeps each message as an .eml file in a demo
 * folder, so the whole path (report → routing → notice) works offline.
 * @param {{ folder: string, print: (line: string) => void }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startDemoMailSink({ folder, print }) {
  const { SMTPServer } = await import('smtp-server');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1]?.replace(/\r\n[ \t]/g, ' ') ?? '';
        const decoded = decodeHeader(subject);
        count += 1;
        const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
        writeFileSync(file, raw, { mode: 0o600 });
        for (const to of session.envelope.rcptTo) print(`mail to ${to.address}: ${decoded}`);
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.server.address());
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
