import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { currentTotpCode, totpStep } from '../src/auth/totp.mjs';
import { IS_PG, freshDatabase } from './database.mjs';
import { auditTrail, client, postReport, startReceiver, validReport } from './helpers.mjs';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/eenzaamheid-hulp-receiver.mjs', import.meta.url));

describe('eenzaamheid-hulp-receiver (command line)', () => {
  /** @type {Awaited<ReturnType<typeof freshDatabase>>} */
  let database;
  /** @type {string} */
  let dir;
  /** @type {string} */
  let db;
  /** The command line on the test's database: RECEIVER_DB (SQLite) or DATABASE_URL (PostgreSQL). @param {string[]} args @param {Record<string, string>} [env] */
  const cli = (args, env = {}) => run(process.execPath, [bin, ...args], { env: { ...process.env, ...database.env, ...env } });
  /** @param {string[]} args */
  const failing = async (args) => {
    const error = /** @type {any} */ (await cli(args).then(() => null, (caught) => caught));
    assert.ok(error, `${args.join(' ')} should fail`);
    return { code: error.code, stderr: String(error.stderr) };
  };
  before(async () => {
    database = await freshDatabase();
    ({ dir, location: db } = database);
  });
  after(() => database.drop());

  test('--help lists the commands and every environment variable', async () => {
    const { stdout } = await cli(['--help']);
    for (const word of ['account add', 'org add', 'erase', 'export', 'erase-due', 'backup', 'rotate-key', 'demo-code', 'RECEIVER_ALLOWED_HOSTS', 'RECEIVER_DATA_KEYS', 'RECEIVER_TRUST_PROXY']) {
      assert.ok(stdout.includes(word), word);
    }
    const unknown = await failing(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
  });

  test('the first admin: account add prints a one-time link that sets up password and second factor', async () => {
    const { stdout } = await cli(['account', 'add', '--email', 'it@stad.example', '--name', 'IT Mechelen', '--role', 'admin'], { RECEIVER_PUBLIC_URL: 'https://meldpunt.example' });
    const token = /https:\/\/meldpunt\.example\/setup\/([\w-]{43})/.exec(stdout)?.[1];
    assert.ok(token, stdout);

    const ctx = await startReceiver({ dbPath: db });
    try {
      const browser = client(ctx.base);
      const form = await browser.get(`/setup/${token}`);
      assert.equal(form.status, 200);
      assert.match(form.text, /<svg/, 'a QR code to scan');
      const secret = /<code class="secret">([A-Z2-7 ]+)<\/code>/.exec(form.text)?.[1]?.replaceAll(' ', '');
      assert.ok(secret);
      const short = await browser.post(`/setup/${token}`, { password: 'kort', password2: 'kort', code: '' });
      assert.equal(short.status, 422);
      assert.match(short.text, /minstens 12 tekens/);
      const noCode = await browser.post(`/setup/${token}`, { password: 'een lange zin als wachtwoord', password2: 'een lange zin als wachtwoord', code: '' });
      assert.equal(noCode.status, 422, 'an admin must set up the second factor');
      const done = await browser.post(`/setup/${token}`, {
        password: 'een lange zin als wachtwoord',
        password2: 'een lange zin als wachtwoord',
        code: currentTotpCode(secret, Date.now()),
      });
      assert.equal(done.status, 303);
      assert.equal(done.location, '/sign-in?m=setup-done');
      assert.equal((await client(ctx.base).get(`/setup/${token}`)).status, 404, 'the link works once');

      const signIn = client(ctx.base);
      await signIn.get('/sign-in');
      const step1 = await signIn.post('/sign-in', { email: 'it@stad.example', password: 'een lange zin als wachtwoord', next: '/' });
      assert.equal(step1.location, '/sign-in/code?next=%2F');
      await signIn.get('/sign-in/code');
      // The set-up used this step's code: wait for the next step rather than reuse it.
      const next = Date.now() + 30_000;
      const code = currentTotpCode(secret, next);
      assert.ok(totpStep(secret, code, Date.now()) !== null, 'one step ahead is accepted (clock drift)');
      const step2 = await signIn.post('/sign-in/code', { code, next: '/' });
      assert.equal(step2.status, 303);
      assert.equal((await signIn.get('/admin/accounts')).status, 200);
    } finally {
      await ctx.close();
    }
  });

  test('organisations and local actors; list; disable; reset gives a new link', async () => {
    assert.match((await cli(['org', 'add', '--id', 'samana', '--name', 'Samana Mechelen'])).stdout, /Organisation samana created/);
    await cli(['org', 'rename', '--id', 'samana', '--name', 'Samana regio Mechelen']);
    assert.match((await cli(['org', 'list'])).stdout, /samana\tSamana regio Mechelen\t0 member/);
    await cli(['account', 'add', '--email', 'actor@samana.example', '--name', 'Actor', '--role', 'local-actor', '--organisation', 'samana']);
    const bad = await failing(['account', 'add', '--email', 'x@y.example', '--name', 'X', '--role', 'local-actor']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /a local actor belongs to an organisation/);
    const list = (await cli(['account', 'list'])).stdout;
    assert.match(list, /actor@samana\.example\tlocal-actor\tsamana\tno-2fa\tset-up pending/);
    assert.match((await cli(['account', 'disable', '--email', 'actor@samana.example'])).stdout, /disabled/);
    assert.match((await cli(['account', 'list'])).stdout, /actor@samana\.example.*\tdisabled/);
    assert.match((await cli(['account', 'reset', '--email', 'actor@samana.example'])).stdout, /\/setup\/[\w-]{43}/);
  });

  test('erase and export by reference, in the audit log as the command line', async () => {
    const ctx = await startReceiver({ dbPath: db });
    let reference;
    try {
      ({ reference } = await (await postReport(ctx.base, validReport({ phone: '0474 00 11 22' }))).json());
    } finally {
      await ctx.close();
    }
    const exported = JSON.parse((await cli(['export', '--reference', reference])).stdout);
    assert.equal(exported.personalData.asReceived.phone, '0474 00 11 22');
    assert.match((await cli(['erase', '--reference', reference.toLowerCase()])).stdout, /personal data erased/);
    assert.equal(JSON.parse((await cli(['export', '--reference', reference])).stdout).personalData, null);
    const again = await failing(['erase', '--reference', reference]);
    assert.match(again.stderr, /no report .* with personal data/);
    const check = await startReceiver({ dbPath: db });
    try {
      const actions = (await auditTrail(check, reference)).map(({ actor, action, detail }) => ({ actor, action, detail }));
      const actor = `cli (${userInfo().username})`;
      assert.deepEqual(actions, [
        { actor, action: 'export', detail: null },
        { actor, action: 'erase', detail: 'data-subject-request' },
        { actor, action: 'export', detail: null },
      ]);
    } finally {
      await check.close();
    }
  });

  test('backup, erase-due, generate-key', async () => {
    // SQLite's online backup, or pg_dump's custom format.
    const copy = join(dir, IS_PG ? 'backup.dump' : 'backup.sqlite');
    assert.match((await cli(['backup', '--to', copy])).stdout, /Backup written/);
    assert.equal(statSync(copy).mode & 0o777, 0o600);
    assert.match((await cli(['erase-due'])).stdout, /Erased the personal data of 0 report/);
    assert.match((await cli(['generate-key'])).stdout.trim(), /^k\d{8}:[A-Za-z0-9+/]{43}=$/);
  });

  test('demo-code gives a code for demo accounts only', async () => {
    const seeded = (await cli(['seed-demo'])).stdout;
    assert.match(seeded, /coordinator@demo\.invalid/);
    const code = (await cli(['demo-code', '--email', 'coordinator@demo.invalid'])).stdout.trim();
    assert.match(code, /^\d{6}$/);
    const refused = await failing(['demo-code', '--email', 'it@stad.example']);
    assert.match(refused.stderr, /demo accounts with a second factor only/);
  });
});
