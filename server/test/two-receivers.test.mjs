/**
 * Two receiver processes on one PostgreSQL database, as a city runs them behind one proxy
 * for availability: every report is POSTed to both at the same moment, several times, and
 * each is stored once, with one reference in every answer; the escalation e-mail goes out
 * once per coordinator, not once per receiver. Real processes (the command line), a real
 * SMTP server. Under STORE=pg only: one SQLite file is served by one receiver process (its
 * idempotency claims live in that process), which the README says.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../src/store/index.mjs';
import { IS_PG, freshDatabase } from './database.mjs';
import { hashPassword } from '../src/auth/passwords.mjs';
import { ORIGIN, TEST_PASSWORD_COST, client, postReport, validReport } from './helpers.mjs';
import { startSmtp } from './smtp.mjs';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/eenzaamheid-hulp-receiver.mjs', import.meta.url));
const REPORTS = 50;
const ROUNDS = 3;
const COORDINATORS = ['coordinator-a@mechelen.example', 'coordinator-b@mechelen.example'];
/** The warning time, as short as the setting allows to be useful here: 0.72 s after receipt. */
const ESCALATE_AFTER_HOURS = '0.0002';

/**
 * Start the command-line receiver as its own process; resolves with its address once it listens.
 * @param {Record<string, string>} env
 */
async function startProcess(env) {
  const child = spawn(process.execPath, [bin, '--port', '0', '--origin', ORIGIN, '--rate-limit', '1000000', '--escalate-after-hours', ESCALATE_AFTER_HOURS], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const base = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const address = /Receiver on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`receiver exited (${code}) before listening: ${output}`)));
  });
  return {
    base: /** @type {string} */ (base),
    child,
    output: () => output,
    /** SIGTERM: the receiver finishes its workflow round and closes the pool. */
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code;
    },
  };
}

if (IS_PG) describe('two receiver processes on one PostgreSQL database', () => {
  /** @type {Awaited<ReturnType<typeof freshDatabase>>} */
  let database;
  /** @type {Awaited<ReturnType<typeof startSmtp>>} */
  let smtp;
  /** @type {Awaited<ReturnType<typeof startProcess>>[]} */
  let receivers = [];
  /** @type {import('../src/store/contract.mjs').Store} */
  let store;
  const reports = Array.from({ length: REPORTS }, () => validReport());
  /** @type {Map<string, string>} report id → reference */
  const references = new Map();

  before(async () => {
    database = await freshDatabase();
    smtp = await startSmtp();
    const env = { ...database.env, RECEIVER_SMTP_URL: smtp.url, RECEIVER_MAIL_FROM: 'meldpunt@mechelen.example', RECEIVER_PUBLIC_URL: 'https://meldpunt.mechelen.example' };
    for (const email of COORDINATORS) await run(process.execPath, [bin, 'account', 'add', '--email', email, '--name', email.split('@')[0] ?? email, '--role', 'coordinator'], { env: { ...process.env, ...env } });
    // Both at the same moment: the migrations and the session secret are shared, not raced.
    receivers = await Promise.all([startProcess(env), startProcess(env)]);
    store = openStore(database.location);
  });
  after(async () => {
    for (const receiver of receivers) await receiver.stop();
    await store?.close();
    await smtp?.close();
    await database?.drop();
  });

  test(`${REPORTS} reports, each POSTed to both receivers at once, ${ROUNDS} times: each stored once, one reference in every answer`, async () => {
    /** @type {Map<string, { status: number, reference: string | null, replayed: boolean }[]>} */
    const answers = new Map(reports.map((report) => [/** @type {string} */ (report.id), []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all(
        reports.flatMap((report) =>
          receivers.map(async (receiver) => {
            const response = await postReport(receiver.base, report);
            const body = /** @type {any} */ (await response.json());
            answers.get(/** @type {string} */ (report.id))?.push({ status: response.status, reference: body.reference ?? null, replayed: response.headers.get('idempotent-replayed') === 'true' });
          }),
        ),
      );
    }
    for (const report of reports) {
      const list = answers.get(/** @type {string} */ (report.id)) ?? [];
      assert.equal(list.length, ROUNDS * 2);
      for (const answer of list) assert.ok(answer.status === 201 || answer.status === 409, `201 or 409 in progress, not ${answer.status}`);
      const accepted = list.filter((answer) => answer.status === 201);
      assert.ok(accepted.length >= ROUNDS, 'after the first round every answer is a replay');
      assert.equal(accepted.filter((answer) => !answer.replayed).length, 1, 'exactly one receiver stored it; the other answers are replays');
      assert.equal(new Set(accepted.map((answer) => answer.reference)).size, 1, 'one reference in every answer');
      references.set(/** @type {string} */ (report.id), /** @type {string} */ (accepted[0]?.reference));
    }
    assert.equal(new Set(references.values()).size, REPORTS, 'a reference per report');
    assert.equal(await store.reports.count(), REPORTS);
    for (const report of reports) assert.equal((await store.reports.findById(/** @type {string} */ (report.id)))?.reference, references.get(/** @type {string} */ (report.id)));
  });

  test('a session started through one receiver holds on the other (sessions live in the database), and ends on both', async () => {
    const password = 'een lange zin als wachtwoord';
    await store.organisations.create({ id: 'samana', name: 'Samana', created_at: Date.now() });
    await store.accounts.create({ email: 'an@samana.example', name: 'An', role: 'local-actor', organisation_id: 'samana', password_hash: await hashPassword(password, TEST_PASSWORD_COST), created_at: Date.now() });
    const [a, b] = /** @type {[any, any]} */ (receivers);
    const browser = client(a.base);
    await browser.get('/sign-in');
    const signedIn = await browser.post('/sign-in', { email: 'an@samana.example', password, next: '/' });
    assert.equal(signedIn.status, 303);
    assert.equal((await browser.get('/inbox.json')).status, 200, 'signed in at the first');
    // The same cookie, sent to the other receiver (as the proxy may do next).
    const atOther = client(b.base);
    for (const [name, value] of browser.cookies) atOther.cookies.set(name, value);
    assert.equal((await atOther.get('/inbox.json')).status, 200, 'and at the second');
    await atOther.get('/inbox');
    assert.equal((await atOther.post('/sign-out', {})).status, 303);
    assert.equal((await browser.get('/inbox.json')).status, 401, 'signed out at the second: ended at the first too');
  });

  test('the escalation e-mail goes out once per coordinator, not once per receiver; the notice too', async () => {
    const ours = new Set(references.values());
    const done = async () => {
      for (const reference of ours) {
        const status = await store.reports.workflow(reference);
        if (status?.escalated_at === null) return false;
        if ((await store.outbox.forReference(reference)).some((mail) => mail.sent_at === null)) return false;
      }
      return true;
    };
    // Both receivers run their rounds after every report they answer: a report posted to
    // both (another one, not counted) starts a round in each at once, until the warning
    // time has passed and every mail about our reports is sent.
    while (!(await done())) {
      const nudge = validReport();
      await Promise.all(receivers.map((receiver) => postReport(receiver.base, nudge)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Stopped, nothing more can leave: count what the SMTP server received.
    for (const receiver of receivers) assert.equal(await receiver.stop(), 0, receiver.output());
    for (const reference of ours) {
      const about = smtp.messages.filter((message) => message.subject.includes(reference));
      const escalations = about.filter((message) => message.subject.includes('nog niet opgevolgd'));
      const notices = about.filter((message) => message.subject.startsWith('Nieuwe melding'));
      assert.deepEqual(escalations.flatMap((message) => message.to).sort(), COORDINATORS, `one escalation per coordinator for ${reference}`);
      assert.deepEqual(notices.flatMap((message) => message.to).sort(), COORDINATORS, `one notice per coordinator for ${reference}`);
      assert.equal(about.length, 4);
      assert.equal((await store.reports.history(reference)).filter((entry) => entry.action === 'escalate').length, 1);
      const audit = await store.audit.list({ reference, limit: 100, offset: 0 });
      assert.equal(audit.rows.filter((entry) => entry.action === 'escalate').length, 1);
    }
  });
});
