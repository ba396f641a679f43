import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { hashPassword } from '../src/auth/passwords.mjs';
import { currentTotpCode, newTotpSecret } from '../src/auth/totp.mjs';
import { createReceiver } from '../src/receiver.mjs';
import { freshDatabase } from './database.mjs';

export const ORIGIN = 'http://127.0.0.1:8080';
/** Cheap scrypt for tests: the cost is a setting, the code path is the same. */
export const TEST_PASSWORD_COST = { log2N: 10, r: 8, p: 1 };

/**
 * A clock the test moves by hand. Starts at a fixed moment so dates in pages are known.
 * @param {number} [start]
 */
export function manualClock(start = Date.parse('2026-03-10T09:00:00Z')) {
  let time = start;
  const clock = () => time;
  clock.tick = (/** @type {number} */ ms) => {
    time += ms;
    return time;
  };
  clock.set = (/** @type {number} */ ms) => {
    time = ms;
  };
  return clock;
}

/**
 * Start a real receiver on 127.0.0.1:0 with a fresh database (a SQLite file in a temp
 * folder, or a PostgreSQL database under STORE=pg: see database.mjs); `dbPath` names an
 * existing one instead (kept after close). Sign-in is not rate limited unless a test asks
 * (tests sign in often from one IP).
 * @param {import('../src/config.mjs').ReceiverOptions} [options]
 */
export async function startReceiver(options = {}) {
  const own = options.dbPath === undefined ? await freshDatabase() : null;
  const dbPath = options.dbPath ?? /** @type {NonNullable<typeof own>} */ (own).location;
  const receiver = createReceiver({
    allowedOrigins: [ORIGIN],
    passwordCost: TEST_PASSWORD_COST,
    signInRateLimit: { limit: 100_000, windowMs: 60_000 },
    readRateLimit: { limit: 100_000, windowMs: 60_000 },
    ...options,
    dbPath,
  });
  const port = await receiver.listen(0, '127.0.0.1').catch(async (error) => {
    await receiver.close();
    await own?.drop();
    throw error;
  });
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    dbPath,
    receiver,
    store: receiver.store,
    /** The SQLite handle (undefined under STORE=pg), for tests of the SQLite file itself. */
    db: receiver.db,
    async close() {
      await receiver.close();
      await own?.drop();
    },
  };
}

/** A report that passes the shared schema. */
export function validReport(overrides = {}) {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    about: 'other',
    relation: 'neighbour',
    personKnows: 'yes',
    ageGroup: '65-plus',
    area: 'Nekkerspoel',
    situation: 'Mijn buurvrouw komt al weken niet meer buiten.',
    contactMethod: 'phone',
    name: 'An',
    phone: '015 12 34 56',
    consent: true,
    partner: 'ocmw',
    lang: 'nl',
    page: 'https://www.mechelen.be/eenzaamheid',
    honeypot: '',
    fillMs: 45000,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * POST a report as the widget does.
 * @param {string} base
 * @param {Record<string, unknown>} report
 * @param {{ key?: string | null, headers?: Record<string, string> }} [options]
 */
export function postReport(base, report, { key = /** @type {string | null | undefined} */ (undefined), headers = {} } = {}) {
  const idempotencyKey = key === undefined ? /** @type {string} */ (report.id) : key;
  return fetch(`${base}/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey === null ? {} : { 'Idempotency-Key': idempotencyKey }),
      ...headers,
    },
    body: JSON.stringify(report),
  });
}

/** @param {string} base @param {Record<string, unknown>} body */
export async function setControl(base, body) {
  const response = await fetch(`${base}/__control`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`control failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Stored reports, counted in the SQLite file (for the widget's tests, which know the receiver
 * only as a SQLite-backed black box).
 * @param {import('better-sqlite3').Database} db
 */
export const countReports = (db) => /** @type {number} */ (db.prepare('SELECT COUNT(*) FROM reports').pluck().get());

/*
 * What the receiver stored, read through the store interface, so these tests run against
 * any store adapter. (Tests of the SQLite file itself use `ctx.db` and say so.)
 */
/** @param {{ store: import('../src/store/contract.mjs').Store }} ctx */
export const storedCount = (ctx) => ctx.store.reports.count();
/** @param {{ store: import('../src/store/contract.mjs').Store }} ctx @param {{ id?: string, reference?: string }} which @returns {Promise<any>} */
export const storedReport = (ctx, { id, reference }) => (id !== undefined ? ctx.store.reports.findById(id) : ctx.store.reports.findByReference(/** @type {string} */ (reference)));
/** Every audit entry, oldest first. @param {{ store: import('../src/store/contract.mjs').Store }} ctx @param {string | null} [reference] @returns {Promise<any[]>} */
export const auditTrail = async (ctx, reference = null) => (await ctx.store.audit.list({ reference, limit: 1_000_000, offset: 0 })).rows.reverse();

/**
 * POST an Open311 form.
 * @param {string} base
 * @param {Record<string, string>} fields
 * @param {Record<string, string>} [headers]
 * @param {'json' | 'xml'} [format]
 */
export function postOpen311(base, fields, headers = {}, format = 'json') {
  return fetch(`${base}/requests.${format}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Open311 fields that pass the intake's rules. */
export function validOpen311(overrides = {}) {
  return {
    service_code: 'eenzaamheid',
    description: 'Buurman komt niet meer buiten.',
    address_string: 'Nekkerspoel',
    'attribute[about]': 'other',
    phone: '015 12 34 56',
    first_name: 'An',
    'attribute[fill_ms]': '40000',
    ...overrides,
  };
}

/**
 * Organisations and accounts straight in the store (the admin pages and the set-up flow
 * have their own tests). Returns what a person would know: e-mail, password, TOTP key.
 * @param {Awaited<ReturnType<typeof startReceiver>>} ctx
 * @param {{ email: string, role: 'admin' | 'coordinator' | 'local-actor', organisation?: string, secondFactor?: boolean, password?: string }} spec
 */
export async function addAccount(ctx, { email, role, organisation, secondFactor = role !== 'local-actor', password = `wachtwoord van ${email}` }) {
  const { store, cipher, config } = ctx.receiver;
  if (organisation && !(await store.organisations.find(organisation))) {
    await store.organisations.create({ id: organisation, name: `Organisatie ${organisation}`, created_at: config.now() });
  }
  const account = await store.accounts.create({
    email,
    name: email.split('@')[0] ?? email,
    role,
    organisation_id: organisation ?? null,
    password_hash: await hashPassword(password, TEST_PASSWORD_COST),
    created_at: config.now(),
  });
  const totpSecret = secondFactor ? newTotpSecret() : null;
  if (totpSecret) await store.accounts.update(account.id, { totp_secret: cipher.encrypt(totpSecret, `account:${account.id}`) });
  return { id: account.id, email, password, totpSecret, role, organisation: organisation ?? null };
}

/**
 * One HTTP request with node:http, which (unlike fetch) sends the Host header it is
 * given: for the Host allow-list tests.
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, setCookies: string[], text: string }>}
 */
export function rawRequest(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers: { ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }), ...headers } }, (response) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          setCookies: response.headers['set-cookie'] ?? [],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * A browser in miniature for the back office: keeps the session cookie, never follows
 * redirects (tests look at them), reads the CSRF token out of the last page, and sends
 * forms the way a browser does (same-origin Origin and Sec-Fetch-Site).
 * @param {string} base
 * @param {{ host?: string, headers?: Record<string, string> }} [options]  host: the Host header to send
 */
export function client(base, { host, headers: extra = {} } = {}) {
  /** @type {Map<string, string>} */
  const cookies = new Map();
  let lastCsrf = '';
  const origin = host ? `http://${host}` : base;

  /** @param {string[]} lines */
  function remember(lines) {
    for (const line of lines) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '') cookies.delete(name.trim());
      else cookies.set(name.trim(), value.join('='));
    }
  }
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  /**
   * @param {string} method @param {string} path
   * @param {{ form?: Record<string, string>, headers?: Record<string, string>, csrf?: boolean }} [options]
   */
  async function request(method, path, { form, headers = {}, csrf = true } = {}) {
    /** @type {Record<string, string>} */
    const all = { ...extra, ...(host ? { Host: host } : {}) };
    if (cookies.size) all.Cookie = cookieHeader();
    let body;
    if (form) {
      all['Content-Type'] = 'application/x-www-form-urlencoded';
      all.Origin = origin;
      all['Sec-Fetch-Site'] = 'same-origin';
      body = new URLSearchParams({ ...(csrf && lastCsrf ? { _csrf: lastCsrf } : {}), ...form }).toString();
    }
    Object.assign(all, headers);
    for (const [name, value] of Object.entries(all)) if (value === '') delete all[name];
    const response = await rawRequest(`${base}${path}`, { method, headers: all, body });
    remember(response.setCookies);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.text)?.[1];
    if (token) lastCsrf = token;
    const location = response.headers.location ?? null;
    return { ...response, location: Array.isArray(location) ? location[0] ?? null : location };
  }

  return {
    cookies,
    get csrf() {
      return lastCsrf;
    },
    /** @param {string} path @param {{ headers?: Record<string, string> }} [options] */
    get: (path, options) => request('GET', path, options),
    /** @param {string} path @param {Record<string, string>} form @param {{ headers?: Record<string, string>, csrf?: boolean }} [options] */
    post: (path, form, options) => request('POST', path, { ...options, form }),
    request,
  };
}

/**
 * Sign in through the pages, as a person does: the form, then the code from the app
 * (computed from the account's TOTP key at the receiver's clock). With a manual clock
 * the test moves it 31 s first, so each sign-in uses a fresh 30-second step.
 * @param {Awaited<ReturnType<typeof startReceiver>>} ctx
 * @param {{ email: string, password: string, totpSecret: string | null }} account
 * @param {ReturnType<typeof client>} [browser]
 */
export async function signIn(ctx, account, browser = client(ctx.base)) {
  const clock = /** @type {any} */ (ctx.receiver.config.now);
  if (typeof clock.tick === 'function') clock.tick(31_000);
  await browser.get('/sign-in');
  const step1 = await browser.post('/sign-in', { email: account.email, password: account.password, next: '/' });
  if (step1.status !== 303) throw new Error(`sign-in failed: ${step1.status}`);
  if (step1.location?.startsWith('/sign-in/code')) {
    await browser.get(step1.location);
    const code = currentTotpCode(/** @type {string} */ (account.totpSecret), ctx.receiver.config.now());
    const step2 = await browser.post('/sign-in/code', { code, next: '/' });
    if (step2.status !== 303) throw new Error(`second factor failed: ${step2.status}`);
  }
  return browser;
}
