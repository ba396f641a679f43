/**
 * Attacks on the receiver, each as an attacker or an auditor would try it over HTTP, kept
 * as regression tests. The README's "What was tried against it" lists them all, also the
 * ones that held without a change.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { addAccount, client, manualClock, postReport, signIn, startReceiver, storedCount, validReport } from './helpers.mjs';

/**
 * One request written byte for byte on a socket (what node:http and fetch refuse to send:
 * two Host lines, an absolute-form target, HTTP/1.0), read until the server closes.
 * @param {number} port @param {string} text
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: string }>}
 */
function socketRequest(port, text) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks = /** @type {Buffer[]} */ ([]);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      /** @type {Record<string, string>} */
      const headers = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

/** Cookie header of a test browser. @param {ReturnType<typeof client>} browser */
const cookieOf = (browser) => [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/** The headers helmet sets, which every answer must carry. @param {Record<string, unknown>} headers @param {string} label */
function assertSecurityHeaders(headers, label) {
  assert.match(String(headers['content-security-policy']), /default-src 'none'/, label);
  assert.equal(headers['x-content-type-options'], 'nosniff', label);
  assert.equal(headers['x-frame-options'], 'DENY', label);
  assert.equal(headers['cache-control'], 'no-store', label);
}

describe('attack: Host header and request target (DNS rebinding and proxies)', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {ReturnType<typeof client>} */
  let coordinator;
  /** @type {string} */
  let host;
  before(async () => {
    ctx = await startReceiver({ now: manualClock() });
    host = `127.0.0.1:${ctx.port}`;
    coordinator = await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }));
    assert.equal((await postReport(ctx.base, validReport({ name: 'Gastheertest' }))).status, 201);
  });
  after(() => ctx.close());

  /** A signed-in GET written by hand. @param {string} target @param {string[]} hostLines @param {string} [version] */
  const signedInGet = (target, hostLines, version = 'HTTP/1.1') =>
    socketRequest(ctx.port, `GET ${target} ${version}\r\n${hostLines.map((line) => `Host: ${line}\r\n`).join('')}Cookie: ${cookieOf(coordinator)}\r\nConnection: close\r\n\r\n`);

  test('the signed-in coordinator reads the list with the right Host (the baseline the attacks below change one thing of)', async () => {
    const response = await signedInGet('/inbox.json', [host]);
    assert.equal(response.status, 200);
    assert.equal(JSON.parse(response.body).total, 1);
  });

  test('two Host lines, the allowed one first or last: 400, nothing served', async () => {
    for (const lines of [[host, 'rebound.evil.example'], ['rebound.evil.example', host], [host, host]]) {
      const response = await signedInGet('/inbox.json', lines);
      assert.equal(response.status, 400, lines.join(' + '));
      assert.doesNotMatch(response.body, /total|reference/);
      assertSecurityHeaders(response.headers, lines.join(' + '));
    }
  });

  test('an absolute-form target naming another host: 421, even with the right Host line', async () => {
    for (const target of ['http://rebound.evil.example/inbox.json', `http://rebound.evil.example:${ctx.port}/inbox.json`, 'https://evil.example/inbox.json']) {
      const response = await signedInGet(target, [host]);
      assert.equal(response.status, 421, target);
      assert.doesNotMatch(response.body, /total|reference/);
    }
    // Absolute form naming this receiver is still a request to it.
    assert.notEqual((await signedInGet(`http://${host}/sign-in`, [host])).status, 421);
  });

  test('HTTP/1.0 without Host, a trailing dot, another port, an IPv4-mapped or numeric address: 421 with the security headers', async () => {
    const cases = [
      ['/inbox.json', [], 'HTTP/1.0'],
      ['/inbox.json', [`localhost.:${ctx.port}`]],
      ['/inbox.json', ['127.0.0.1']],
      ['/inbox.json', [`[::ffff:127.0.0.1]:${ctx.port}`]],
      ['/inbox.json', [`2130706433:${ctx.port}`]],
      ['/inbox.json', [`127.0.0.2:${ctx.port}`]],
      ['/inbox.json', [`evil.example@${host}`]],
    ];
    for (const [target, lines, version] of /** @type {[string, string[], string?][]} */ (cases)) {
      const label = `${version ?? 'HTTP/1.1'} ${lines.join(',') || '(no Host)'}`;
      const response = await signedInGet(target, lines, version);
      assert.equal(response.status, 421, label);
      assert.doesNotMatch(response.body, /total|reference/, label);
      assert.equal(response.headers['set-cookie'], undefined, label);
      assertSecurityHeaders(response.headers, label);
    }
  });

  test('upper case and the IPv6 loopback at the port are the same receiver', async () => {
    for (const name of [`LOCALHOST:${ctx.port}`, `[::1]:${ctx.port}`]) assert.equal((await signedInGet('/inbox.json', [name])).status, 200, name);
  });

  test('X-Forwarded-Host counts only from a trusted proxy: without trustProxy it cannot open the door', async () => {
    const response = await socketRequest(
      ctx.port,
      `GET /inbox.json HTTP/1.1\r\nHost: rebound.evil.example\r\nX-Forwarded-Host: ${host}\r\nCookie: ${cookieOf(coordinator)}\r\nConnection: close\r\n\r\n`,
    );
    assert.equal(response.status, 421);
  });
});
