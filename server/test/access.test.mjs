/**
 * Who sees what: every back-office endpoint, for every kind of visitor. The table below
 * is the expectation, written out by hand (not read from the receiver's own role table).
 */
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { after, before, describe, test } from 'node:test';
import access from '../src/plugins/app/access.mjs';
import { addAccount, client, manualClock, postReport, rawRequest, signIn, startReceiver, validReport } from './helpers.mjs';

/** Text only the report's own page and its export may show. */
const PERSONAL = ['0470 99 88 77', 'Toegangstest', 'Geheime situatie', 'Leest-Noord'];

/**
 * @typedef {'signedOut' | 'admin' | 'coordinator' | 'assigned' | 'otherOrg'} Visitor
 * @typedef {{ method: 'GET' | 'POST', path: (ref: string) => string, form?: Record<string, string>, fresh?: boolean,
 *   expect: Record<Visitor, number>, personal?: Visitor[] }} Row
 */

/** @type {Row[]} */
const MATRIX = [
  { method: 'GET', path: () => '/', expect: { signedOut: 303, admin: 303, coordinator: 303, assigned: 303, otherOrg: 303 } },
  { method: 'GET', path: () => '/inbox', expect: { signedOut: 303, admin: 403, coordinator: 200, assigned: 200, otherOrg: 200 } },
  { method: 'GET', path: () => '/inbox.json', expect: { signedOut: 401, admin: 403, coordinator: 200, assigned: 200, otherOrg: 200 } },
  { method: 'GET', path: () => '/inbox?partner=samana&status=open&overdue=1&page=1', expect: { signedOut: 303, admin: 403, coordinator: 200, assigned: 200, otherOrg: 200 } },
  { method: 'GET', path: () => '/inbox?status=lost', expect: { signedOut: 303, admin: 403, coordinator: 400, assigned: 400, otherOrg: 400 } },
  { method: 'GET', path: () => '/inbox?organisation=samana', expect: { signedOut: 303, admin: 403, coordinator: 200, assigned: 400, otherOrg: 400 } },
  { method: 'GET', path: () => '/inbox.json?page=2', expect: { signedOut: 401, admin: 403, coordinator: 404, assigned: 404, otherOrg: 404 } },
  { method: 'GET', path: () => '/inbox/new.json?since=0', expect: { signedOut: 401, admin: 403, coordinator: 200, assigned: 200, otherOrg: 200 } },
  {
    method: 'GET',
    path: (ref) => `/inbox/${ref}`,
    expect: { signedOut: 303, admin: 403, coordinator: 200, assigned: 200, otherOrg: 404 },
    personal: ['coordinator', 'assigned'],
  },
  {
    method: 'POST',
    path: (ref) => `/inbox/${ref}/status`,
    form: { status: 'contacted' },
    fresh: true,
    expect: { signedOut: 401, admin: 403, coordinator: 303, assigned: 303, otherOrg: 404 },
  },
  {
    method: 'POST',
    path: (ref) => `/inbox/${ref}/assign`,
    form: { organisation: 'overkop' },
    fresh: true,
    expect: { signedOut: 401, admin: 403, coordinator: 303, assigned: 403, otherOrg: 403 },
  },
  {
    method: 'POST',
    path: (ref) => `/inbox/${ref}/erase`,
    form: { reason: 'data-subject-request' },
    fresh: true,
    expect: { signedOut: 401, admin: 403, coordinator: 303, assigned: 403, otherOrg: 403 },
  },
  {
    method: 'POST',
    path: (ref) => `/inbox/${ref}/export`,
    form: {},
    expect: { signedOut: 401, admin: 403, coordinator: 200, assigned: 403, otherOrg: 403 },
    personal: ['coordinator'],
  },
  { method: 'GET', path: () => '/reach', expect: { signedOut: 303, admin: 403, coordinator: 200, assigned: 403, otherOrg: 403 } },
  { method: 'GET', path: () => '/reach.json', expect: { signedOut: 401, admin: 403, coordinator: 200, assigned: 403, otherOrg: 403 } },
  { method: 'GET', path: () => '/audit', expect: { signedOut: 303, admin: 200, coordinator: 200, assigned: 403, otherOrg: 403 } },
  { method: 'GET', path: () => '/admin/accounts', expect: { signedOut: 303, admin: 200, coordinator: 403, assigned: 403, otherOrg: 403 } },
  {
    method: 'POST',
    path: () => '/admin/accounts',
    form: { email: 'new@stad.example', name: 'Nieuw', role: 'coordinator', organisation: '' },
    expect: { signedOut: 401, admin: 201, coordinator: 403, assigned: 403, otherOrg: 403 },
  },
  { method: 'GET', path: () => '/admin/organisations', expect: { signedOut: 303, admin: 200, coordinator: 403, assigned: 403, otherOrg: 403 } },
  {
    method: 'POST',
    path: () => '/admin/organisations',
    form: { id: 'buurtteam-noord', name: 'Buurtteam Noord' },
    expect: { signedOut: 401, admin: 201, coordinator: 403, assigned: 403, otherOrg: 403 },
  },
  { method: 'GET', path: () => '/account', expect: { signedOut: 303, admin: 200, coordinator: 200, assigned: 200, otherOrg: 200 } },
  { method: 'POST', path: () => '/language', form: { lang: 'nl', next: '/account' }, expect: { signedOut: 403, admin: 303, coordinator: 303, assigned: 303, otherOrg: 303 } },
];

describe('every role × every endpoint', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Record<Exclude<Visitor, 'signedOut'>, ReturnType<typeof client>>} */
  const browsers = /** @type {any} */ ({});
  /** @type {string} */
  let reference;

  /** A new report, assigned to Samana, holding the personal text above. */
  async function assignedReport() {
    const report = validReport({ phone: '0470 99 88 77', name: 'Toegangstest', situation: 'Geheime situatie', area: 'Leest-Noord', partner: 'samana' });
    const { reference: created } = await (await postReport(ctx.base, report)).json();
    assert.equal(await ctx.store.reports.assign(created, 'samana', { at: clock(), actorId: null, actor: 'system', mail: [] }), true);
    return created;
  }

  before(async () => {
    ctx = await startReceiver({ now: clock });
    const accounts = {
      admin: await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' }),
      coordinator: await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }),
      assigned: await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' }),
      otherOrg: await addAccount(ctx, { email: 'actor@overkop.example', role: 'local-actor', organisation: 'overkop' }),
    };
    for (const [visitor, account] of Object.entries(accounts)) browsers[/** @type {keyof typeof browsers} */ (visitor)] = await signIn(ctx, account);
    reference = await assignedReport();
  });
  after(() => ctx.close());

  for (const row of MATRIX) {
    const label = `${row.method} ${row.path(':reference')}`;
    test(label, async () => {
      for (const visitor of /** @type {Visitor[]} */ (['signedOut', 'admin', 'coordinator', 'assigned', 'otherOrg'])) {
        const browser = visitor === 'signedOut' ? client(ctx.base) : browsers[visitor];
        const ref = row.fresh ? await assignedReport() : reference;
        let response;
        if (row.method === 'GET') response = await browser.get(row.path(ref));
        else {
          if (visitor !== 'signedOut') await browser.get('/account'); // a page, for a fresh CSRF token
          response = await browser.post(row.path(ref), row.form ?? {});
        }
        assert.equal(response.status, row.expect[visitor], `${label} as ${visitor}`);
        const mayShow = row.personal?.includes(visitor) ?? false;
        for (const text of PERSONAL) {
          assert.equal(response.text.includes(text), mayShow && response.status === 200, `${label} as ${visitor}: "${text}"`);
        }
      }
    });
  }

  test('where signing in sends each role, and where a signed-out page request goes', async () => {
    assert.equal((await browsers.admin.get('/')).location, '/admin/accounts');
    assert.equal((await browsers.coordinator.get('/')).location, '/inbox');
    assert.equal((await browsers.assigned.get('/')).location, '/inbox');
    assert.equal((await client(ctx.base).get(`/inbox/${reference}`)).location, `/sign-in?next=%2Finbox%2F${reference}`);
  });

  test('the lists: a coordinator sees every report, a local actor only its organisation\'s, nobody personal data', async () => {
    const unassigned = await (await postReport(ctx.base, validReport())).json();
    const list = async (/** @type {ReturnType<typeof client>} */ browser) => JSON.parse((await browser.get('/inbox.json')).text).rows.map((/** @type {any} */ row) => row.reference);
    const all = await list(browsers.coordinator);
    assert.ok(all.includes(reference) && all.includes(unassigned.reference));
    const samana = await list(browsers.assigned);
    assert.ok(samana.includes(reference));
    assert.ok(!samana.includes(unassigned.reference));
    assert.ok(samana.length >= 1);
    assert.deepEqual(await list(browsers.otherOrg), (await ctx.store.reports.list({ organisationId: 'overkop', limit: 1000, offset: 0 })).rows.map((row) => row.reference));
    assert.ok(!(await list(browsers.otherOrg)).includes(reference));
    const page = await browsers.assigned.get('/inbox');
    assert.match(page.text, new RegExp(`href="/inbox/${reference}"`));
    assert.doesNotMatch(page.text, new RegExp(unassigned.reference));
  });

  test('a wrong Host gets 421 whoever is signed in', async () => {
    for (const browser of [client(ctx.base), browsers.coordinator, browsers.admin]) {
      for (const path of ['/inbox', `/inbox/${reference}`, '/reach.json', '/audit', '/admin/accounts']) {
        const response = await browser.get(path, { headers: { Host: `evil.example:${ctx.port}` } });
        assert.equal(response.status, 421, path);
        for (const text of PERSONAL) assert.ok(!response.text.includes(text));
      }
    }
  });

  test('HEAD of a page is protected like its GET', async () => {
    const raw = await rawRequest(`${ctx.base}/inbox/${reference}`, { method: 'HEAD' });
    assert.equal(raw.status, 303);
    assert.equal(raw.text, '');
  });
});

describe('deny by default', () => {
  test('a route mounted outside a scope with an access rule stops the receiver from starting', async () => {
    const app = Fastify();
    await app.register(access);
    app.get('/forgotten', async () => 'personal data');
    await assert.rejects(app.ready(), /routes without an access rule .*GET \/forgotten/);
  });

  test('a route mounted in a scope that sets its rule starts, labelled with it', async () => {
    const app = Fastify();
    await app.register(access);
    /** @type {string[]} */
    const seen = [];
    app.addHook('onRoute', (route) => {
      queueMicrotask(() => seen.push(`${route.method} ${route.url} ${route.config?.access}`));
    });
    await app.register(async (scope) => {
      scope.mountAccess(scope, 'roles:coordinator');
      scope.get('/counted', async () => 'ok');
    });
    await app.ready();
    assert.ok(seen.includes('GET /counted roles:coordinator'), seen.join('; '));
    await app.close();
  });
});
