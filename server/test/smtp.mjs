/**
 * A real SMTP server on 127.0.0.1 for the tests (the `smtp-server` package): it keeps
 * every message as received (raw) and decoded (subject and text), so tests can assert
 * recipients and content, and that no personal value appears in either form.
 */
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { decodeHeader } from '../src/demo/mail-headers.mjs';

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** @param {string} raw */
export function parseMessage(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let text = body;
  if (encoding === 'quoted-printable') {
    text = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    text = Buffer.from(body, 'base64').toString('utf8');
  }
  return { headers, subject: decodeHeader(headers.subject ?? ''), text: text.replace(/\r\n/g, '\n') };
}

/**
 * @param {{ port?: number }} [options]
 */
export async function startSmtp({ port = 0 } = {}) {
  /** @type {{ from: string, to: string[], raw: string, subject: string, text: string, headers: Record<string, string> }[]} */
  const messages = [];
  /** @type {(() => void)[]} */
  const listeners = [];
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
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({ from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, ...parseMessage(raw) });
        for (const listener of listeners.splice(0)) listener();
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const bound = /** @type {import('node:net').AddressInfo} */ (server.server.address()).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    /**
     * Resolves once `predicate(messages)` holds (checked on every new message).
     * @param {(list: typeof messages) => boolean} predicate
     */
    async until(predicate) {
      while (!predicate(messages)) await new Promise((resolve) => listeners.push(() => resolve(undefined)));
      return messages;
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
