/**
 * Attacks on the receiver, each as an attacker or an auditor would try it over HTTP, kept
 * as regression tests. The README's "What was tried against it" lists them all, also the
 * ones that held without a change.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { hashToken, newToken } from '../src/auth/tokens.mjs';
import { currentTotpCode } from '../src/auth/totp.mjs';
import { addAccount, auditTrail, client, manualClock, postReport, rawRequest, signIn, startReceiver, storedCount, validReport } from './helpers.mjs';
import { rawRows } from './raw-sql.mjs';

/**
 * One request written byte for byte on a socket (what node:http and fetch refuse to send:
 * two Host lines, an absolute-form target, HTTP/1.0), read until the server closes.
 * @param {number} port @param {string} text
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: string }>}
 */
function socketRequest(port, text) {
  return new Promise((resolve, reject) => {
    // Written without closing our side: a half-closed socket may be closed by the server before
    // a slower store (PostgreSQL) has answered. Every request here says `Connection: close`.
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
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

describe('attack: X-Forwarded-Host behind a trusted proxy', () => {
  test('the forwarded name is held to the allow-list, whatever the Host line says', async () => {
    const ctx = await startReceiver({ allowedHosts: ['meldpunt.example'], trustProxy: true });
    try {
      const ask = (/** @type {Record<string, string>} */ headers) => rawRequest(`${ctx.base}/sign-in`, { headers });
      assert.equal((await ask({ Host: 'meldpunt.example', 'X-Forwarded-Host': 'meldpunt.example' })).status, 200);
      assert.equal((await ask({ Host: 'meldpunt.example', 'X-Forwarded-Host': 'rebound.evil.example' })).status, 421);
      assert.equal((await ask({ Host: 'rebound.evil.example', 'X-Forwarded-Host': 'rebound.evil.example' })).status, 421);
    } finally {
      await ctx.close();
    }
  });
});

describe('attack: intake abuse', () => {
  /** @type {string[]} */
  const logLines = [];
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    ctx = await startReceiver({ logger: { level: 'info', stream } });
  });
  after(() => ctx.close());

  /** @param {string} key @param {string} body @param {Record<string, string>} [headers] */
  const postRaw = (key, body, headers = {}) =>
    fetch(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers }, body });

  test('JSON nested thousands of levels deep (within the size limit): 400, not a 500 or a stack trace in the log', async () => {
    const before = await storedCount(ctx);
    const report = validReport();
    const levels = 7000;
    const response = await postRaw(/** @type {string} */ (report.id), JSON.stringify(report).replace(/\}$/, `,"x":${'['.repeat(levels)}${']'.repeat(levels)}}`));
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'nested-too-deep' });
    assert.equal(await storedCount(ctx), before);
    assert.ok(!logLines.some((line) => /"level":50/.test(line)), 'no error logged');
    // The same report, well-formed, is taken afterwards: nothing was claimed by the attempt.
    assert.equal((await postReport(ctx.base, report)).status, 201);
  });

  test('__proto__ and constructor.prototype in a JSON report or an Open311 form pollute nothing and are not stored', async () => {
    const report = validReport();
    const body = JSON.stringify(report).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
    const response = await postRaw(/** @type {string} */ (report.id), body);
    assert.equal(response.status, 201);
    const open311 = await fetch(`${ctx.base}/requests.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '__proto__[polluted]=yes&constructor[prototype][polluted]=yes&service_code=eenzaamheid&description=Buurman&address_string=Nekkerspoel&phone=015123456&attribute%5Bfill_ms%5D=40000',
    });
    assert.notEqual(open311.status, 500);
    assert.equal(/** @type {any} */ ({}).polluted, undefined, 'Object.prototype untouched in the receiver\'s process');
    const stored = await ctx.store.reports.findById(/** @type {string} */ (report.id));
    const payload = ctx.receiver.cipher.decrypt(stored.payload, report.id);
    assert.doesNotMatch(String(payload), /polluted/);
  });

  test('Idempotency-Key: too long, control characters or non-ASCII are refused before anything is claimed', async () => {
    for (const key of ['k'.repeat(201), 'sp ace', 'a,b;c="d"'.repeat(30)]) {
      const response = await postRaw(key, JSON.stringify(validReport({ id: key })));
      assert.equal(response.status, 400, JSON.stringify(key));
    }
    // A tab and bytes over 0x7f are legal in a header line (fetch will not send them, nor a
    // control character): the receiver still refuses them.
    for (const key of ['a\tb', 'é', 'a\u0001b']) {
      const response = await rawSocketPost(ctx.port, key);
      assert.equal(response.status, 400, JSON.stringify(key));
    }
  });

  test('a /reports key shaped like an Open311 one ("open311:K") cannot block the Open311 client that uses K', async () => {
    const key = 'client-key-7';
    const squat = await postRaw(`open311:${key}`, JSON.stringify({ id: `open311:${key}` }));
    assert.equal(squat.status, 422);
    const open311 = await fetch(`${ctx.base}/requests.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': key },
      body: new URLSearchParams({ service_code: 'eenzaamheid', description: 'Buurvrouw', address_string: 'Muizen', phone: '015 12 34 56', 'attribute[about]': 'other', 'attribute[fill_ms]': '40000' }).toString(),
    });
    assert.equal(open311.status, 201);
  });

  test('a page on an origin not in the CORS list cannot get a report stored, not even with a request that needs no preflight', async () => {
    const before = await storedCount(ctx);
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:8080.evil.example', 'HTTP://127.0.0.1:8080']) {
      const report = validReport();
      const asText = await postRaw(/** @type {string} */ (report.id), JSON.stringify(report), { 'Content-Type': 'text/plain', Origin: origin });
      assert.equal(asText.status, 403, origin);
      assert.equal(asText.headers.get('access-control-allow-origin'), null, origin);
      const asForm = await fetch(`${ctx.base}/requests.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams({ service_code: 'eenzaamheid', description: 'Buurman', address_string: 'Muizen', phone: '015 12 34 56', 'attribute[fill_ms]': '40000' }).toString(),
      });
      assert.equal(asForm.status, 403, origin);
    }
    assert.equal(await storedCount(ctx), before);
  });

  test('a client that trickles its headers or body is cut off: the server has timeouts', () => {
    // Waiting for them would take the test 15 s or more; the settings are what could regress.
    assert.ok(ctx.receiver.server.headersTimeout > 0 && ctx.receiver.server.headersTimeout <= 10_000);
    assert.ok(ctx.receiver.server.requestTimeout > 0 && ctx.receiver.server.requestTimeout <= 15_000);
  });
});

/**
 * POST /reports with an Idempotency-Key written as raw bytes (fetch refuses non-ASCII).
 * @param {number} port @param {string} key
 */
function rawSocketPost(port, key) {
  const body = '{}';
  const head = `POST /reports HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      socket.write(Buffer.concat([Buffer.from('Idempotency-Key: '), Buffer.from(key, 'utf8'), Buffer.from(`\r\n\r\n${body}`)]));
      socket.end();
    });
    let raw = '';
    socket.on('data', (chunk) => (raw += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(raw.split(' ')[1]) }));
  });
}

describe('attack: sessions and signing in', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: clock, lockout: { maxFailures: 5, lockMs: 15 * 60_000 } });
  });
  after(() => ctx.close());

  /** The error summary a sign-in answer shows. @param {string} text */
  const message = (text) => /<div class="error-summary"[^]*?<\/div>/.exec(text)?.[0] ?? '';

  test('session fixation: an id planted before sign-in opens nothing for whoever planted it', async () => {
    const account = await addAccount(ctx, { email: 'fix@stad.example', role: 'coordinator' });
    const attacker = client(ctx.base);
    await attacker.get('/sign-in');
    const planted = /** @type {string} */ (attacker.cookies.get('meldpunt-session'));
    const victim = client(ctx.base);
    victim.cookies.set('meldpunt-session', planted);
    await signIn(ctx, account, victim);
    assert.equal((await victim.get('/inbox.json')).status, 200);
    assert.notEqual(victim.cookies.get('meldpunt-session'), planted);
    assert.equal((await attacker.get('/inbox.json')).status, 401, 'the planted id is not the signed-in session');
    // An id the receiver never signed is no session at all.
    const forged = client(ctx.base);
    forged.cookies.set('meldpunt-session', decodeURIComponent(planted).split('.')[0] ?? 'x');
    assert.equal((await forged.get('/inbox.json')).status, 401);
  });

  test('the second factor cannot be skipped: after the password, every page and action is still signed out', async () => {
    const account = await addAccount(ctx, { email: 'skip@stad.example', role: 'coordinator' });
    clock.tick(31_000);
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    const step1 = await browser.post('/sign-in', { email: account.email, password: account.password, next: '/inbox' });
    assert.match(String(step1.location), /^\/sign-in\/code/);
    for (const path of ['/', '/inbox', '/account', '/audit', '/reach', '/admin/accounts']) assert.equal((await browser.get(path)).status, 303, path);
    for (const path of ['/inbox.json', '/reach.json']) assert.equal((await browser.get(path)).status, 401, path);
    await browser.get('/sign-in/code');
    assert.equal((await browser.post('/account/password', { current: account.password, password: 'een nieuw lang wachtwoord', password2: 'een nieuw lang wachtwoord' })).status, 401);
    assert.equal((await browser.post('/sign-out', {})).status, 401);
  });

  test('a crafted link whose next= holds characters beyond ASCII: the sign-in still lands (it was a 500, signed out)', async () => {
    const account = await addAccount(ctx, { email: 'euro@samana.example', role: 'local-actor', organisation: 'samana', secondFactor: false });
    const browser = client(ctx.base);
    await browser.get(`/sign-in?next=${encodeURIComponent('/inbox?x=€ü')}`);
    const answer = await browser.post('/sign-in', { email: account.email, password: account.password, next: '/inbox?x=€ü' });
    assert.equal(answer.status, 303);
    assert.equal(answer.location, '/inbox?x=%E2%82%AC%C3%BC');
    assert.equal((await browser.get('/inbox.json')).status, 200);
    const again = await browser.get(`/sign-in?next=${encodeURIComponent('/€')}`);
    assert.deepEqual([again.status, again.location], [303, '/%E2%82%AC']);
  });

  test('one code in two sign-ins at once: only one gets in', async () => {
    const account = await addAccount(ctx, { email: 'race@stad.example', role: 'coordinator' });
    clock.tick(31_000);
    const browsers = [client(ctx.base), client(ctx.base)];
    for (const browser of browsers) {
      await browser.get('/sign-in');
      await browser.post('/sign-in', { email: account.email, password: account.password, next: '/' });
      await browser.get('/sign-in/code');
    }
    const code = currentTotpCode(/** @type {string} */ (account.totpSecret), clock());
    const answers = await Promise.all(browsers.map((browser) => browser.post('/sign-in/code', { code, next: '/' })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [303, 401]);
  });

  test('lockout: the address in other case or with spaces counts against the same account; look-alike addresses are no account at all', async () => {
    const account = await addAccount(ctx, { email: 'lock@stad.example', role: 'coordinator' });
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    for (const email of ['LOCK@stad.example', ' lock@stad.example ', 'lock@STAD.EXAMPLE', 'Lock@Stad.Example']) {
      assert.equal((await browser.post('/sign-in', { email, password: 'een fout wachtwoord', next: '/' })).status, 401, email);
    }
    assert.equal(/** @type {any} */ (await ctx.store.accounts.findById(account.id)).failed_attempts, 4);
    // Look-alikes (a zero-width space, a full-width letter, a trailing dot) do not reach the
    // account: not with a wrong password, and not with the right one either.
    for (const email of ['lock@stad.example\u200b', '\uff4cock@stad.example', 'lock@stad.example.']) {
      assert.equal((await browser.post('/sign-in', { email, password: account.password, next: '/' })).status, 401, JSON.stringify(email));
    }
    assert.equal(/** @type {any} */ (await ctx.store.accounts.findById(account.id)).failed_attempts, 4);
    assert.equal((await browser.post('/sign-in', { email: 'LOCK@STAD.EXAMPLE', password: 'nog een fout', next: '/' })).status, 401);
    assert.ok(/** @type {any} */ (await ctx.store.accounts.findById(account.id)).locked_until > clock());
  });

  test('a locked account answers exactly like an unknown address, so locking does not reveal which addresses exist', async () => {
    const account = await addAccount(ctx, { email: 'enum@stad.example', role: 'coordinator' });
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    for (let i = 0; i < 5; i += 1) await browser.post('/sign-in', { email: account.email, password: `fout ${i} fout`, next: '/' });
    const locked = await browser.post('/sign-in', { email: account.email, password: 'weer fout weer', next: '/' });
    const lockedRight = await browser.post('/sign-in', { email: account.email, password: account.password, next: '/' });
    const unknown = await browser.post('/sign-in', { email: 'niemand@stad.example', password: 'weer fout weer', next: '/' });
    assert.deepEqual([locked.status, lockedRight.status], [unknown.status, unknown.status]);
    assert.notEqual(message(unknown.text), '');
    assert.equal(message(locked.text), message(unknown.text));
    assert.equal(message(lockedRight.text), message(unknown.text));
  });

  test('a role taken away works at once on a live session; so does a reset by an admin', async () => {
    const coordinator = await addAccount(ctx, { email: 'demoted@stad.example', role: 'coordinator' });
    const browser = await signIn(ctx, coordinator);
    assert.equal((await browser.get('/reach.json')).status, 200);
    if (!(await ctx.store.organisations.find('samana'))) await ctx.store.organisations.create({ id: 'samana', name: 'Samana', created_at: clock() });
    await ctx.store.accounts.update(coordinator.id, { role: 'local-actor', organisation_id: 'samana' });
    assert.equal((await browser.get('/reach.json')).status, 403);

    const target = await addAccount(ctx, { email: 'target@stad.example', role: 'local-actor', organisation: 'samana' });
    const targetBrowser = await signIn(ctx, target);
    assert.equal((await targetBrowser.get('/inbox.json')).status, 200);
    const admin = await signIn(ctx, await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' }));
    await admin.get('/admin/accounts');
    assert.equal((await admin.post(`/admin/accounts/${target.id}/reset`, {})).status, 200);
    assert.equal((await targetBrowser.get('/inbox.json')).status, 401);
  });

  test('an account being reset has no session, even one written back to the store after the reset removed it', async () => {
    const account = await addAccount(ctx, { email: 'resurrect@stad.example', role: 'local-actor', organisation: 'samana' });
    const browser = await signIn(ctx, account);
    assert.equal((await browser.get('/inbox.json')).status, 200);
    // What a reset leaves (no password, no second factor) while this session's row survives,
    // as it does when a request in flight saves the session after the reset deleted it.
    await ctx.store.accounts.update(account.id, { password_hash: null, totp_secret: null });
    assert.equal((await browser.get('/inbox.json')).status, 401);
  });

  test('set-up links: expired after 72 hours, and an earlier link stops working when a new one is made', async () => {
    const admin = await signIn(ctx, await addAccount(ctx, { email: 'admin2@stad.example', role: 'admin' }));
    await admin.get('/admin/accounts');
    const created = await admin.post('/admin/accounts', { email: 'nieuw@samana.example', name: 'Nieuw', role: 'local-actor', organisation: 'samana' });
    const first = /** @type {string} */ (/<code>[^<]*?(\/setup\/[\w-]+)<\/code>/.exec(created.text)?.[1]);
    const id = /** @type {any} */ (await ctx.store.accounts.findByEmail('nieuw@samana.example')).id;
    const reset = await admin.post(`/admin/accounts/${id}/reset`, {});
    const second = /** @type {string} */ (/<code>[^<]*?(\/setup\/[\w-]+)<\/code>/.exec(reset.text)?.[1]);
    assert.notEqual(first, second);
    assert.equal((await client(ctx.base).get(first)).status, 404, 'the earlier link');
    assert.equal((await client(ctx.base).get(second)).status, 200);
    clock.tick(72 * 60 * 60_000 + 1000);
    const late = client(ctx.base);
    assert.equal((await late.get(second)).status, 404, 'after 72 hours');
    await late.get('/sign-in');
    assert.equal((await late.post(second, { password: 'een lang wachtwoord', password2: 'een lang wachtwoord' })).status, 404);
  });
});

describe('attack: cross-site requests, method tricks and cookies', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {ReturnType<typeof client>} */
  let coordinator;
  /** @type {string} */
  let reference;
  /** @type {Awaited<ReturnType<typeof addAccount>>} */
  let account;
  before(async () => {
    ctx = await startReceiver({ now: manualClock() });
    account = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
    coordinator = await signIn(ctx, account);
    reference = (await (await postReport(ctx.base, validReport())).json()).reference;
  });
  after(() => ctx.close());

  const status = async () => /** @type {any} */ (await ctx.store.reports.findByReference(reference)).status;

  test('method override (X-HTTP-Method-Override, X-HTTP-Method, _method) changes nothing: still a POST that needs the token', async () => {
    await coordinator.get('/account');
    for (const headers of [{ 'X-HTTP-Method-Override': 'GET' }, { 'X-HTTP-Method': 'GET' }, { 'X-Method-Override': 'GET' }]) {
      const response = await coordinator.request('POST', `/inbox/${reference}/status`, { form: { status: 'contacted' }, csrf: false, headers });
      assert.equal(response.status, 403, Object.keys(headers)[0]);
    }
    const viaField = await coordinator.request('POST', `/inbox/${reference}/status?_method=GET`, { form: { status: 'contacted', _method: 'GET' }, csrf: false });
    assert.equal(viaField.status, 403);
    // And a GET never changes anything: the actions have no GET route.
    for (const path of [`/inbox/${reference}/status?status=contacted`, `/inbox/${reference}/erase?reason=other`, '/sign-out']) {
      assert.equal((await coordinator.get(path)).status, 404, path);
    }
    assert.equal(await status(), 'new');
  });

  test('other content types with a valid token, from another site: refused, nothing changes', async () => {
    await coordinator.get('/account');
    const token = coordinator.csrf;
    const crossSite = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
    for (const [type, body] of [
      ['text/plain', `_csrf=${token}&status=contacted`],
      ['application/json', JSON.stringify({ _csrf: token, status: 'contacted' })],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--x\r\nContent-Disposition: form-data; name="status"\r\n\r\ncontacted\r\n--x--\r\n`],
    ]) {
      const response = await rawRequest(`${ctx.base}/inbox/${reference}/status`, {
        method: 'POST',
        headers: { ...crossSite, Cookie: cookieOf(coordinator), 'Content-Type': /** @type {string} */ (type) },
        body,
      });
      assert.equal(response.status, 403, type);
    }
    assert.equal(await status(), 'new');
  });

  test('every cookie the receiver sets is HttpOnly, SameSite=Strict and for the whole site; the intake never sets or reads one', async () => {
    // A whole sign-in (form, password, code), a page, a failed password change, sign-out.
    const clock = /** @type {any} */ (ctx.receiver.config.now);
    clock.tick(31_000);
    const browser = client(ctx.base);
    const answers = [await browser.get('/sign-in')];
    answers.push(await browser.post('/sign-in', { email: account.email, password: account.password, next: '/' }));
    answers.push(await browser.get('/sign-in/code'));
    answers.push(await browser.post('/sign-in/code', { code: currentTotpCode(/** @type {string} */ (account.totpSecret), clock()), next: '/' }));
    answers.push(await browser.get('/account'));
    answers.push(await browser.post('/account/password', { current: 'fout', password: 'x', password2: 'x' }));
    answers.push(await browser.post('/sign-out', {}));
    const setCookies = answers.flatMap((answer) => answer.setCookies);
    assert.ok(setCookies.length >= 3, `${setCookies.length} Set-Cookie lines seen`);
    for (const line of setCookies) {
      assert.match(line, /; HttpOnly/i, line);
      assert.match(line, /; SameSite=Strict/i, line);
      assert.match(line, /; Path=\//, line);
      assert.doesNotMatch(line, /Domain=/i, line);
    }
    const intake = await postReport(ctx.base, validReport(), { headers: { Cookie: cookieOf(coordinator) } });
    assert.equal(intake.status, 201);
    assert.equal(intake.headers.get('set-cookie'), null);
  });
});

/** Personal values of the report the authorisation and leak tests post. */
const PERSONAL = { name: 'Aanvalstestnaam', phone: '0470 55 66 77', situation: 'Aanvalstest situatie', contactTimes: 'Aanvalstest dinsdag', area: 'Walem' };

describe('attack: reading another organisation\'s report', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Record<'signedOut' | 'otherOrg' | 'admin', ReturnType<typeof client>>} */
  const visitors = /** @type {any} */ ({});
  /** @type {string} */
  let reference;
  before(async () => {
    ctx = await startReceiver({ now: manualClock() });
    reference = (await (await postReport(ctx.base, validReport(PERSONAL))).json()).reference;
    await addAccount(ctx, { email: 'in@samana.example', role: 'local-actor', organisation: 'samana' });
    await ctx.store.reports.assign(reference, 'samana', { at: Date.now(), actorId: null, actor: 'system', mail: [] });
    visitors.signedOut = client(ctx.base);
    visitors.otherOrg = await signIn(ctx, await addAccount(ctx, { email: 'uit@overkop.example', role: 'local-actor', organisation: 'overkop' }));
    visitors.admin = await signIn(ctx, await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' }));
  });
  after(() => ctx.close());

  test('the report by odd spellings of its path (slash, case, dot segments, encodings, NUL), with GET and HEAD: never served', async () => {
    const encodedLetter = `%${reference.charCodeAt(0).toString(16)}${reference.slice(1)}`;
    const paths = [
      `/inbox/${reference}`, `/inbox/${reference}/`, `/inbox/${reference.toLowerCase()}`, `/Inbox/${reference}`, `/INBOX/${reference}`,
      `//inbox/${reference}`, `/inbox//${reference}`, `/inbox/%2e%2e/inbox/${reference}`, `/inbox/./${reference}`, `/x/../inbox/${reference}`,
      `/inbox/${encodedLetter}`, `/inbox/${reference}%00`, `/inbox/${reference};x`, `/inbox/${reference}%2f`, `/audit?reference=${reference}`,
    ];
    for (const [who, browser] of Object.entries(visitors)) {
      for (const path of paths) {
        for (const method of ['GET', 'HEAD']) {
          const response = await browser.request(method, path);
          assert.ok(response.status !== 200 || path.startsWith('/audit'), `${who} ${method} ${path}: ${response.status}`);
          for (const value of Object.values(PERSONAL)) assert.ok(!response.text.includes(value), `${who} ${method} ${path} shows ${value}`);
        }
      }
    }
  });

  test('its actions and export, by another organisation and an admin: refused, the report unchanged', async () => {
    for (const [who, browser] of Object.entries(visitors)) {
      await browser.get('/account');
      for (const [action, form] of /** @type {[string, Record<string, string>][]} */ ([
        ['export', {}], ['status', { status: 'closed', outcome: 'contacted-helped' }], ['erase', { reason: 'other' }], ['assign', { organisation: 'overkop' }],
      ])) {
        const response = await browser.post(`/inbox/${reference}/${action}`, form);
        assert.ok([401, 403, 404].includes(response.status), `${who} ${action}: ${response.status}`);
        for (const value of Object.values(PERSONAL)) assert.ok(!response.text.includes(value), `${who} ${action} shows ${value}`);
      }
    }
    const stored = /** @type {any} */ (await ctx.store.reports.findByReference(reference));
    assert.deepEqual([stored.status, stored.organisation_id, stored.erased_at], ['assigned', 'samana', null]);
  });
});

describe('attack: markup and header injection through what people type', () => {
  const PAYLOAD = `<script>alert(1)</script>"onmouseover="alert(2)'><img src=x onerror=alert(3)>`;
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: manualClock(Date.now()) });
  });
  after(() => ctx.close());

  test('report fields, an organisation name and an account name full of markup are shown as text on every page', async () => {
    const report = validReport({
      name: `N<script>x</script>"'>`,
      situation: `S${PAYLOAD}`,
      contactTimes: `C<img src=x onerror=alert(1)>`,
      partner: `P<script>`,
      page: `javascript:alert(4)//${PAYLOAD}`,
      contactMethod: 'email',
      email: `javascript:alert(1)'&x@example.org`,
      phone: undefined,
    });
    assert.equal((await postReport(ctx.base, report)).status, 201);
    const admin = await signIn(ctx, await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' }));
    await admin.get('/admin/organisations');
    assert.equal((await admin.post('/admin/organisations', { id: 'markup', name: `O${PAYLOAD}` })).status, 201);
    await admin.get('/admin/accounts');
    assert.equal((await admin.post('/admin/accounts', { email: `o'brien&co@stad.example`, name: `A${PAYLOAD}`.slice(0, 100), role: 'local-actor', organisation: 'markup' })).status, 201);
    const coordinator = await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }));
    const { reference } = JSON.parse((await coordinator.get('/inbox.json')).text).rows[0];
    await coordinator.get(`/inbox/${reference}`);
    await coordinator.post(`/inbox/${reference}/assign`, { organisation: 'markup' });
    const pages = {
      inbox: await coordinator.get('/inbox'),
      report: await coordinator.get(`/inbox/${reference}`),
      reach: await coordinator.get('/reach'),
      audit: await coordinator.get('/audit'),
      accounts: await admin.get('/admin/accounts'),
      organisations: await admin.get('/admin/organisations'),
    };
    for (const [name, page] of Object.entries(pages)) {
      assert.equal(page.status, 200, name);
      for (const raw of ['<script>', '<img', 'onmouseover="alert', 'onerror=alert(1)>', 'href="javascript:']) assert.ok(!page.text.includes(raw), `${name} holds ${raw}`);
      // The only script a page may carry is the receiver's own file (the inbox's new-reports notice).
      const scripts = page.text.match(/<script\b[^>]*>/g) ?? [];
      assert.deepEqual(scripts.filter((tag) => !/^<script src="\/assets\/[a-z-]+\.js" defer>$/.test(tag)), [], `${name}: a script that is not the receiver's own`);
    }
    assert.match(pages.report.text, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/, 'the text is there, escaped');
    assert.match(pages.report.text, /href="mailto:javascript%3Aalert\(1\)'%26x%40example\.org"|href="mailto:javascript%3Aalert\(1\)&#39;%26x%40example\.org"/);
    assert.ok(!/<a [^>]*href="[^"]*alert\(4\)/.test(pages.report.text), 'the page field is not a link');
    assert.match(pages.organisations.text, /&#60;img src=x onerror=alert\(3\)&#62;/);
  });

  test('an export\'s file name is the reference only: no header can be injected through it', async () => {
    const coordinator = await signIn(ctx, await addAccount(ctx, { email: 'export@stad.example', role: 'coordinator' }));
    const { reference } = JSON.parse((await coordinator.get('/inbox.json')).text).rows[0];
    await coordinator.get(`/inbox/${reference}`);
    const response = await coordinator.post(`/inbox/${reference}/export`, {});
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-disposition'], `attachment; filename="melding-${reference}.json"`);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });
});

describe('attack: looking for personal data where it should not be', () => {
  /** @type {string[]} */
  const logLines = [];
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    ctx = await startReceiver({ now: manualClock(), logger: { level: 'info', stream }, maxBodyBytes: 4096, rateLimit: { limit: 7, windowMs: 60_000 } });
  });
  after(() => ctx.close());

  test('a whole day of work in the request log: no value of a report, no address typed at sign-in, no password, code or token', async () => {
    const report = validReport({ ...PERSONAL, email: 'aanvalstest@voorbeeld.example', page: 'https://www.mechelen.be/aanvalstest-pagina' });
    const { reference } = await (await postReport(ctx.base, report)).json();
    const invalid = await postReport(ctx.base, validReport({ ...PERSONAL, phone: 'Aanvalstest-fout-nummer' }));
    assert.equal(invalid.status, 422);
    assert.doesNotMatch(await invalid.text(), /Aanvalstest|Walem/, 'a 422 names fields, never their values');
    const account = await addAccount(ctx, { email: 'log@stad.example', role: 'coordinator' });
    const failed = client(ctx.base);
    await failed.get('/sign-in');
    await failed.post('/sign-in', { email: 'getypt-adres@stad.example', password: 'Getypt-wachtwoord-123', next: `/inbox/${reference}` });
    const browser = await signIn(ctx, account);
    await browser.get(`/inbox/${reference}`);
    await browser.post(`/inbox/${reference}/export`, {});
    await browser.get(`/audit?reference=${reference}`);
    await browser.get(`/inbox/${reference}`);
    const reach = await browser.get('/reach.json');
    assert.equal(reach.status, 200);
    await browser.post(`/inbox/${reference}/erase`, { reason: 'data-subject-request' });
    await new Promise((resolve) => setImmediate(resolve));
    const audit = JSON.stringify(await auditTrail(ctx));
    assert.match(audit, new RegExp(reference), 'the audit log has the day');
    for (const value of [...Object.values(PERSONAL), 'aanvalstest', 'getypt-adres', 'Getypt-wachtwoord']) {
      assert.ok(!audit.includes(value), `the audit log holds ${value}`);
      assert.ok(!reach.text.includes(value), `the reach figures hold ${value}`);
    }
    const log = logLines.join('');
    assert.match(log, /"url":"\/inbox\/:reference"|"url":"\/inbox\/[A-Z0-9]{8}"/, 'the log has the back-office requests');
    for (const value of [...Object.values(PERSONAL), 'aanvalstest@voorbeeld', 'aanvalstest-pagina', 'Aanvalstest-fout-nummer', 'getypt-adres', 'Getypt-wachtwoord', account.password, 'log@stad.example', report.id]) {
      assert.ok(!log.includes(String(value)), `the log holds ${value}`);
    }
    assert.ok(!logLines.some((line) => /"level":(40|50)/.test(line)), 'no warnings or errors');
  });

  test('a set-up token stays out of the log however its path is spelled', async () => {
    const account = await addAccount(ctx, { email: 'token@samana.example', role: 'local-actor', organisation: 'samana' });
    const token = newToken();
    await ctx.store.accounts.addSetupToken(hashToken(token), account.id, Date.now() + 60 * 60_000);
    const spellings = [`/setup/${token}`, `/%73etup/${token}`, `/%73%65tup/${token}?x=1`, `//setup/${token}`, `/SETUP/${token}`, `/./setup/${token}`, `/setup/${token}/`];
    assert.equal((await rawRequest(`${ctx.base}/%73etup/${token}`)).status, 200, 'an encoded path reaches the set-up page');
    for (const path of spellings) await rawRequest(`${ctx.base}${path}`);
    await new Promise((resolve) => setImmediate(resolve));
    const log = logLines.join('');
    assert.ok(!log.includes(token.slice(0, 20)) && !log.includes(token.slice(-20)), 'the token is in the log');
    assert.match(log, /"url":"\/setup\/…"/);
  });

  test('every kind of answer carries the security headers and no-store: 404, 413, 415, 400, 429, 403, 421', async () => {
    const answers = {
      'not found (JSON)': await rawRequest(`${ctx.base}/nothing-here`),
      'not found (page)': await rawRequest(`${ctx.base}/nothing-here`, { headers: { Accept: 'text/html' } }),
      'too large': await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k' }, body: `{"x":"${'a'.repeat(5000)}"}` }),
      'media type': await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/xml', 'Idempotency-Key': 'k' }, body: '<x/>' }),
      'bad JSON': await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k' }, body: '{"name":"Aanvalstestnaam",' }),
      'origin': await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: '{}' }),
      'host': await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', Host: 'evil.example' }, body: '{}' }),
    };
    for (let i = 0; i < 8; i += 1) answers['rate limited'] = await rawRequest(`${ctx.base}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const expected = { 'not found (JSON)': 404, 'not found (page)': 404, 'too large': 413, 'media type': 415, 'bad JSON': 400, origin: 403, host: 421, 'rate limited': 429 };
    for (const [label, answer] of Object.entries(answers)) {
      assert.equal(answer.status, expected[/** @type {keyof typeof expected} */ (label)], label);
      assertSecurityHeaders(answer.headers, label);
      assert.doesNotMatch(answer.text, /Aanvalstestnaam|stack|at \//, label);
      assert.match(String(answer.headers['server-timing']), /^total;dur=[\d.]+$/, `${label}: Server-Timing says how long, nothing else`);
    }
  });
});

describe('attack: flooding what is open without signing in', () => {
  test('the sign-in form, fetched again and again without a cookie, stores a bounded number of sessions', async () => {
    const ctx = await startReceiver({ signInRateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 14; i += 1) statuses.push((await rawRequest(`${ctx.base}/sign-in`)).status);
      assert.deepEqual(statuses, [...Array(10).fill(200), ...Array(4).fill(429)]);
      assert.equal(Number((await rawRows(ctx, 'SELECT COUNT(*) AS n FROM sessions'))[0].n), 10);
    } finally {
      await ctx.close();
    }
  });

  test('a spoofed X-Forwarded-For (no trusted proxy) does not buy more sign-in attempts or reports', async () => {
    const ctx = await startReceiver({ signInRateLimit: { limit: 2, windowMs: 60_000 }, rateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const browser = client(ctx.base);
      await browser.get('/sign-in');
      const signIns = [];
      for (let i = 0; i < 3; i += 1) {
        signIns.push((await browser.post('/sign-in', { email: 'x@stad.example', password: 'een fout wachtwoord', next: '/' }, { headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status);
      }
      assert.deepEqual(signIns, [401, 401, 429]);
      const reports = [];
      for (let i = 0; i < 3; i += 1) reports.push((await postReport(ctx.base, validReport(), { headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status);
      assert.deepEqual(reports, [201, 201, 429]);
    } finally {
      await ctx.close();
    }
  });
});
