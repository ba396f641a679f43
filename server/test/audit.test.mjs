import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addAccount, auditTrail, client, manualClock, postReport, signIn, startReceiver, validReport } from './helpers.mjs';

const PERSONAL = ['0471 23 45 67', 'Auditnaam', 'Auditsituatie over de buurman', 'Battel', 'audit@example.org'];

describe('the audit log', () => {
  const clock = manualClock(Date.parse('2026-04-02T08:00:00Z'));
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Record<string, Awaited<ReturnType<typeof addAccount>>>} */
  const people = {};
  /** @type {Record<string, ReturnType<typeof client>>} */
  const browsers = {};
  /** @type {string} */
  let reference;

  const rows = () => auditTrail(ctx);
  /** @param {string} action */
  const last = async (action) => (await rows()).filter((row) => row.action === action).at(-1);

  before(async () => {
    ctx = await startReceiver({ now: clock });
    people.admin = await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' });
    people.coordinator = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
    people.samana = await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' });
    people.overkop = await addAccount(ctx, { email: 'actor@overkop.example', role: 'local-actor', organisation: 'overkop' });
    for (const [name, account] of Object.entries(people)) browsers[name] = await signIn(ctx, account);
    const report = validReport({ phone: '0471 23 45 67', name: 'Auditnaam', situation: 'Auditsituatie over de buurman', area: 'Battel', contactMethod: 'phone', email: 'audit@example.org' });
    ({ reference } = await (await postReport(ctx.base, report)).json());
  });
  after(() => ctx.close());

  test('sign-ins are recorded with who, when and from where', async () => {
    const signIns = (await rows()).filter((row) => row.action === 'sign-in');
    assert.deepEqual(signIns.map((row) => row.actor).sort(), Object.values(people).map((person) => person.email).sort());
    for (const row of signIns) {
      assert.equal(typeof row.at, 'number');
      assert.equal(row.ip, '127.0.0.1');
    }
  });

  test('assigning, viewing, changing the status, exporting and erasing: each recorded with who, when and what', async () => {
    const steps = [
      ['coordinator', `/inbox/${reference}/assign`, { organisation: 'samana' }, 'assign', null],
      ['samana', `/inbox/${reference}`, null, 'view-report', null],
      ['samana', `/inbox/${reference}/status`, { status: 'contacted' }, 'status', 'contacted'],
      ['coordinator', `/inbox/${reference}/status`, { status: 'closed', outcome: 'reached' }, 'status', 'closed:reached'],
      ['coordinator', `/inbox/${reference}/export`, {}, 'export', null],
      ['coordinator', `/inbox/${reference}/erase`, { reason: 'data-subject-request' }, 'erase', 'data-subject-request'],
    ];
    for (const [who, path, form, action, detail] of /** @type {[string, string, Record<string, string> | null, string, string | null][]} */ (steps)) {
      clock.tick(60_000);
      const browser = browsers[who];
      if (form) {
        await browser.get('/account');
        const response = await browser.post(path, form);
        assert.ok([200, 303].includes(response.status), `${path}: ${response.status}`);
      } else assert.equal((await browser.get(path)).status, 200);
      const row = await last(action);
      assert.equal(row.actor, people[who].email, action);
      assert.equal(row.actor_id, people[who].id);
      assert.equal(row.at, clock(), `${action} at the receiver's clock`);
      assert.equal(row.reference, reference);
      assert.equal(row.detail, detail);
    }
    assert.equal((await last('assign')).organisation_id, 'samana');
  });

  test('a local actor trying another organisation\'s report is recorded as denied', async () => {
    clock.tick(60_000);
    assert.equal((await browsers.overkop.get(`/inbox/${reference}`)).status, 404);
    const row = await last('view-denied');
    assert.equal(row.actor, people.overkop.email);
    assert.equal(row.reference, reference);
    assert.equal(row.organisation_id, 'overkop');
  });

  test('failed sign-ins are recorded (without what was typed)', async () => {
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    await browser.post('/sign-in', { email: people.samana.email, password: 'verkeerd-wachtwoord', next: '/' });
    const row = await last('sign-in-failed');
    assert.equal(row.actor, people.samana.email);
    assert.equal(row.detail, 'password');
    assert.ok(!JSON.stringify(await rows()).includes('verkeerd-wachtwoord'));
  });

  test('account and organisation changes by an admin are recorded', async () => {
    await browsers.admin.get('/admin/organisations');
    await browsers.admin.post('/admin/organisations', { id: 'buurtteam-west', name: 'Buurtteam West' });
    assert.equal((await last('organisation-create')).organisation_id, 'buurtteam-west');
    await browsers.admin.get('/admin/accounts');
    const created = await browsers.admin.post('/admin/accounts', { email: 'west@buurt.example', name: 'West', role: 'local-actor', organisation: 'buurtteam-west' });
    assert.equal(created.status, 201);
    const row = await last('account-create');
    assert.equal(row.actor, people.admin.email);
    assert.equal(row.detail, 'local-actor');
    await browsers.admin.get('/admin/accounts');
    await browsers.admin.post(`/admin/accounts/${people.overkop.id}/disable`, {});
    assert.equal((await last('account-disable')).target_account_id, people.overkop.id);
  });

  test('the log never holds the personal data itself', async () => {
    const everything = JSON.stringify(await rows());
    for (const text of PERSONAL) assert.ok(!everything.includes(text), text);
  });

  test('coordinators read it in the back office, newest first, and per reference', async () => {
    const page = await browsers.coordinator.get(`/audit?reference=${reference}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Logboek<\/h1>/);
    const order = ['persoonsgegevens gewist', 'gegevens gedownload', 'status gewijzigd', 'melding ingezien', 'toegewezen'].map((words) => page.text.indexOf(words));
    for (const index of order) assert.ok(index > 0);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'newest first');
    assert.match(page.text, new RegExp(people.samana.email.replace('.', '\\.')));
    for (const text of PERSONAL) assert.ok(!page.text.includes(text), text);
    const all = await browsers.admin.get('/audit');
    assert.equal(all.status, 200);
    assert.match(all.text, /account aangemaakt/);
  });
});
