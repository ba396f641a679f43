import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { currentTotpCode } from '../src/auth/totp.mjs';
import { addAccount, auditTrail, client, manualClock, rawRequest, signIn, startReceiver, storedReport } from './helpers.mjs';
import { rawRows } from './raw-sql.mjs';

const MINUTE = 60_000;

/** @param {string[]} setCookies @param {string} name */
const cookieLine = (setCookies, name) => setCookies.find((line) => line.startsWith(`${name}=`)) ?? '';


describe('sign-in with a second factor', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Awaited<ReturnType<typeof addAccount>>} */
  let coordinator;
  before(async () => {
    ctx = await startReceiver({ now: clock });
    coordinator = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
  });
  after(() => ctx.close());

  test('password, then code: only then the inbox; the session cookie is HttpOnly, SameSite=Strict, and changes at each step', async () => {
    clock.tick(31_000);
    const browser = client(ctx.base);
    const form = await browser.get('/sign-in');
    const anonymous = cookieLine(form.setCookies, 'meldpunt-session');
    assert.match(anonymous, /; HttpOnly/);
    assert.match(anonymous, /; SameSite=Strict/);
    assert.match(anonymous, /; Path=\//);
    assert.doesNotMatch(anonymous, /; Secure/, 'loopback only: no TLS here');
    const before = browser.cookies.get('meldpunt-session');

    const step1 = await browser.post('/sign-in', { email: coordinator.email, password: coordinator.password, next: '/inbox' });
    assert.equal(step1.status, 303);
    assert.equal(step1.location, '/sign-in/code?next=%2Finbox');
    const pending = browser.cookies.get('meldpunt-session');
    assert.notEqual(pending, before, 'a new session id after the password (no fixation)');
    assert.equal((await browser.get('/inbox')).status, 303, 'the password alone opens nothing');
    assert.equal((await browser.get('/inbox.json')).status, 401);

    await browser.get('/sign-in/code?next=%2Finbox');
    const step2 = await browser.post('/sign-in/code', { code: currentTotpCode(/** @type {string} */ (coordinator.totpSecret), clock()), next: '/inbox' });
    assert.equal(step2.status, 303);
    assert.equal(step2.location, '/inbox');
    assert.notEqual(browser.cookies.get('meldpunt-session'), pending, 'a new session id after the code');
    const inbox = await browser.get('/inbox');
    assert.equal(inbox.status, 200);
    assert.match(inbox.text, /<h1>Meldingen<\/h1>/);
    const last = (await auditTrail(ctx)).at(-1);
    assert.equal(last.action, 'sign-in');
    assert.equal(last.actor, coordinator.email);
    assert.equal(last.at, clock());
  });

  test('a code is used once: the same code again (a replay) is refused', async () => {
    clock.tick(31_000);
    const code = currentTotpCode(/** @type {string} */ (coordinator.totpSecret), clock());
    const first = client(ctx.base);
    await first.get('/sign-in');
    await first.post('/sign-in', { email: coordinator.email, password: coordinator.password, next: '/' });
    await first.get('/sign-in/code');
    assert.equal((await first.post('/sign-in/code', { code, next: '/' })).status, 303);

    const second = client(ctx.base);
    await second.get('/sign-in');
    await second.post('/sign-in', { email: coordinator.email, password: coordinator.password, next: '/' });
    await second.get('/sign-in/code');
    const replay = await second.post('/sign-in/code', { code, next: '/' });
    assert.equal(replay.status, 401);
    assert.match(replay.text, /Die code klopt niet of is al gebruikt/);
    assert.equal((await second.get('/inbox')).status, 303);
  });

  test('the step between password and code lasts five minutes', async () => {
    clock.tick(31_000);
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    await browser.post('/sign-in', { email: coordinator.email, password: coordinator.password, next: '/' });
    await browser.get('/sign-in/code');
    clock.tick(5 * MINUTE + 1000);
    const late = await browser.post('/sign-in/code', { code: currentTotpCode(/** @type {string} */ (coordinator.totpSecret), clock()), next: '/' });
    assert.equal(late.status, 303);
    assert.match(/** @type {string} */ (late.location), /^\/sign-in\?m=expired/);
    assert.equal((await browser.get('/inbox')).status, 303);
  });

  test('a coordinator without a second factor cannot sign in with the password alone', async () => {
    const bare = await addAccount(ctx, { email: 'bare@stad.example', role: 'coordinator', secondFactor: false });
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    const response = await browser.post('/sign-in', { email: bare.email, password: bare.password, next: '/' });
    assert.equal(response.status, 401);
    assert.match(response.text, /nog niet ingesteld/);
    assert.equal((await browser.get('/inbox')).status, 303);
  });

  test('a local actor without an enrolled second factor signs in with the password', async () => {
    const actor = await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' });
    const browser = await signIn(ctx, actor);
    assert.equal((await browser.get('/inbox')).status, 200);
  });

  test('next= only ever leads back into the receiver', async () => {
    for (const next of ['//evil.example/inbox', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      const actor = await addAccount(ctx, { email: `next${Math.random()}@samana.example`, role: 'local-actor', organisation: 'samana' });
      const browser = client(ctx.base);
      await browser.get('/sign-in');
      const response = await browser.post('/sign-in', { email: actor.email, password: actor.password, next });
      assert.equal(response.location, '/', next);
    }
  });
});

describe('wrong passwords, unknown accounts and lockout', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: clock, lockout: { maxFailures: 5, lockMs: 15 * MINUTE } });
  });
  after(() => ctx.close());

  test('a wrong password and an unknown address get the same answer; the log names no typed text', async () => {
    const account = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    const wrong = await browser.post('/sign-in', { email: account.email, password: 'not the password', next: '/' });
    const unknown = await browser.post('/sign-in', { email: 'typo-geheim@stad.example', password: 'whatever it is', next: '/' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const message = (/** @type {string} */ text) => /<div class="error-summary"[^]*?<\/div>/.exec(text)?.[0];
    assert.equal(message(wrong.text), message(unknown.text));
    const rows = (await auditTrail(ctx)).filter((row) => row.action === 'sign-in-failed');
    assert.deepEqual(rows.map((row) => [row.actor, row.detail]), [[account.email, 'password'], ['unknown account', 'unknown-account']]);
    assert.ok(!JSON.stringify((await auditTrail(ctx))).includes('typo-geheim'), 'an unknown typed address is not stored');
    assert.ok(!JSON.stringify((await auditTrail(ctx))).includes('not the password'));
    await ctx.store.accounts.update(account.id, { failed_attempts: 0 });
  });

  test('five failures (password or code) lock the account for 15 minutes, even for the right password', async () => {
    const account = await addAccount(ctx, { email: 'lock@stad.example', role: 'coordinator' });
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    for (let i = 0; i < 3; i += 1) assert.equal((await browser.post('/sign-in', { email: account.email, password: `fout ${i}`, next: '/' })).status, 401);
    // The password right, the code wrong twice: those count too.
    clock.tick(31_000);
    await browser.post('/sign-in', { email: account.email, password: account.password, next: '/' });
    await browser.get('/sign-in/code');
    assert.equal((await browser.post('/sign-in/code', { code: '000000', next: '/' })).status, 401);
    const fifth = await browser.post('/sign-in/code', { code: '111111', next: '/' });
    assert.equal(fifth.status, 401);

    const lockedRow = /** @type {any} */ (await ctx.store.accounts.findById(account.id));
    assert.equal(lockedRow.locked_until, clock() + 15 * MINUTE);
    assert.ok((await auditTrail(ctx)).some((row) => row.action === 'account-locked' && row.actor === account.email));

    clock.tick(14 * MINUTE);
    const fresh = client(ctx.base);
    await fresh.get('/sign-in');
    const refused = await fresh.post('/sign-in', { email: account.email, password: account.password, next: '/' });
    assert.equal(refused.status, 401);
    assert.match(refused.text, /tijdelijk geblokkeerd/);
    assert.equal((await fresh.get('/inbox')).status, 303);

    clock.tick(2 * MINUTE);
    const after15 = await signIn(ctx, account);
    assert.equal((await after15.get('/inbox')).status, 200, 'after the lock the right password and code work again');
  });

  test('sign-in attempts are rate limited per client address', async () => {
    const limited = await startReceiver({ signInRateLimit: { limit: 3, windowMs: 60_000 } });
    try {
      const browser = client(limited.base);
      await browser.get('/sign-in');
      for (let i = 0; i < 3; i += 1) assert.equal((await browser.post('/sign-in', { email: `x${i}@stad.example`, password: 'wrong password', next: '/' })).status, 401);
      const fourth = await browser.post('/sign-in', { email: 'x@stad.example', password: 'wrong password', next: '/' });
      assert.equal(fourth.status, 429);
      assert.ok(Number(fourth.headers['retry-after']) > 0);
      assert.match(fourth.text, /Even geduld/);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Awaited<ReturnType<typeof addAccount>>} */
  let actor;
  before(async () => {
    ctx = await startReceiver({ now: clock, session: { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE } });
    actor = await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' });
  });
  after(() => ctx.close());

  test('idle for more than 30 minutes: signed out', async () => {
    const browser = await signIn(ctx, actor);
    clock.tick(29 * MINUTE);
    assert.equal((await browser.get('/inbox')).status, 200, 'activity keeps it alive');
    clock.tick(29 * MINUTE);
    assert.equal((await browser.get('/inbox')).status, 200);
    clock.tick(31 * MINUTE);
    const expired = await browser.get('/inbox');
    assert.equal(expired.status, 303);
    assert.equal(expired.location, '/sign-in?next=%2Finbox');
  });

  test('at most 12 hours, however active', async () => {
    const browser = await signIn(ctx, actor);
    for (let i = 0; i < 24; i += 1) {
      clock.tick(29 * MINUTE);
      assert.equal((await browser.get('/inbox.json')).status, 200, `after ${(i + 1) * 29} minutes`);
    }
    clock.tick(29 * MINUTE);
    assert.equal((await browser.get('/inbox.json')).status, 401);
  });

  test('signing out ends the session in the store: the old cookie opens nothing', async () => {
    const browser = await signIn(ctx, actor);
    const cookie = browser.cookies.get('meldpunt-session');
    await browser.get('/account');
    const out = await browser.post('/sign-out', {});
    assert.equal(out.status, 303);
    assert.equal(out.location, '/sign-in?m=signed-out');
    const replay = await rawRequest(`${ctx.base}/inbox.json`, { headers: { Cookie: `meldpunt-session=${cookie}` } });
    assert.equal(replay.status, 401);
    assert.ok((await auditTrail(ctx)).some((row) => row.action === 'sign-out' && row.actor === actor.email));
  });

  test('disabling an account ends its sessions at once', async () => {
    const other = await addAccount(ctx, { email: 'gone@samana.example', role: 'local-actor', organisation: 'samana' });
    const browser = await signIn(ctx, other);
    assert.equal((await browser.get('/inbox.json')).status, 200);
    await ctx.store.accounts.update(other.id, { disabled_at: clock() });
    assert.equal((await browser.get('/inbox.json')).status, 401);
  });

  test('the database holds session ids only hashed', async () => {
    const browser = await signIn(ctx, actor);
    const signed = /** @type {string} */ (browser.cookies.get('meldpunt-session'));
    const id = decodeURIComponent(signed).split('.')[0];
    const sessions = await rawRows(ctx, 'SELECT * FROM sessions');
    assert.ok(!JSON.stringify(sessions).includes(/** @type {string} */ (id)));
    assert.equal(sessions.filter((session) => Number(session.account_id) === actor.id).length >= 1, true);
  });
});

describe('CSRF and cross-site requests', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {ReturnType<typeof client>} */
  let browser;
  /** @type {string} */
  let reference;
  before(async () => {
    ctx = await startReceiver({ now: manualClock() });
    const coordinator = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
    browser = await signIn(ctx, coordinator);
    const stored = await ctx.store.reports.create(
      { id: crypto.randomUUID(), received_at: 0, month: '2026-03', format: 'json', partner: null, age_group: 'unknown', about: 'self', lang: 'nl', area: 'Muizen', page: null, fill_ms: null, payload: '{}', body_hash: null },
      { key: null, newReference: () => 'CSRFTEST', answer: () => ({ status: 201, body: '' }) },
    );
    reference = stored.created ? stored.reference : '';
  });
  after(() => ctx.close());

  /** @returns {Promise<string | null>} */
  const status = async () => (await storedReport(ctx, { reference })).status;

  test('a form without the token, with another session\'s token, or a forged one: 403, nothing changes', async () => {
    await browser.get('/account');
    const without = await browser.post(`/inbox/${reference}/status`, { status: 'contacted' }, { csrf: false });
    assert.equal(without.status, 403);
    assert.match(without.text, /Deze pagina is verlopen/);

    const other = client(ctx.base);
    await other.get('/sign-in');
    const foreign = await browser.post(`/inbox/${reference}/status`, { status: 'contacted', _csrf: other.csrf });
    assert.equal(foreign.status, 403);
    const forged = await browser.post(`/inbox/${reference}/status`, { status: 'contacted', _csrf: 'x'.repeat(52) });
    assert.equal(forged.status, 403);
    assert.equal(await status(), 'new');
  });

  test('a form posted from another site (Origin or Sec-Fetch-Site) is refused even with a valid token', async () => {
    await browser.get('/account');
    const fromOrigin = await browser.post(`/inbox/${reference}/status`, { status: 'contacted' }, { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': '' } });
    assert.equal(fromOrigin.status, 403);
    await browser.get('/account');
    const crossSite = await browser.post(`/inbox/${reference}/status`, { status: 'contacted' }, { headers: { 'Sec-Fetch-Site': 'cross-site', Origin: '' } });
    assert.equal(crossSite.status, 403);
    assert.equal(await status(), 'new');
    await browser.get('/account');
    const ok = await browser.post(`/inbox/${reference}/status`, { status: 'contacted' });
    assert.equal(ok.status, 303);
    assert.equal(await status(), 'contacted');
  });

  test('the sign-in form is protected too (no login CSRF)', async () => {
    const fresh = client(ctx.base);
    const response = await fresh.post('/sign-in', { email: 'co@stad.example', password: 'wachtwoord van co@stad.example', next: '/' }, { csrf: false });
    assert.equal(response.status, 403);
  });

  test('sign-out needs the token: a link on another site cannot sign anyone out', async () => {
    const response = await browser.post('/sign-out', {}, { csrf: false });
    assert.equal(response.status, 403);
    assert.equal((await browser.get('/inbox.json')).status, 200);
  });
});

describe('cookies behind a TLS proxy', () => {
  test('with a public host name the cookie is Secure with the __Host- prefix; plain HTTP gets no session', async () => {
    const ctx = await startReceiver({ allowedHosts: ['meldpunt.example'], trustProxy: true });
    try {
      const https = await rawRequest(`${ctx.base}/sign-in`, { headers: { Host: 'meldpunt.example', 'X-Forwarded-Proto': 'https' } });
      assert.equal(https.status, 200);
      const line = cookieLine(https.setCookies, '__Host-meldpunt');
      assert.match(line, /; Secure/);
      assert.match(line, /; HttpOnly/);
      assert.match(line, /; SameSite=Strict/);
      assert.match(line, /; Path=\//);
      assert.doesNotMatch(line, /Domain=/i);
      assert.equal(String(https.headers['strict-transport-security']).startsWith('max-age='), true);

      const http = await rawRequest(`${ctx.base}/sign-in`, { headers: { Host: 'meldpunt.example' } });
      assert.equal(http.status, 200);
      assert.deepEqual(http.setCookies, [], 'a Secure session is never handed out over plain HTTP');
    } finally {
      await ctx.close();
    }
  });
});

describe('security headers on back-office pages', () => {
  test('CSP: only the receiver\'s own script and style (nothing inline, nothing from elsewhere), no framing, same-origin referrer, nosniff, no caching', async () => {
    const ctx = await startReceiver();
    try {
      const page = await rawRequest(`${ctx.base}/sign-in`);
      const csp = String(page.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /connect-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
      assert.equal(page.headers['x-frame-options'], 'DENY');
      assert.equal(page.headers['referrer-policy'], 'same-origin');
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
      assert.equal(page.headers['cache-control'], 'no-store');
      assert.doesNotMatch(page.text, /<script|\sstyle="/i);
      const css = await rawRequest(`${ctx.base}/assets/receiver.css`);
      assert.equal(css.status, 200);
      assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
      const script = await rawRequest(`${ctx.base}/assets/inbox-notice.js`);
      assert.equal(script.status, 200);
      assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    } finally {
      await ctx.close();
    }
  });
});
