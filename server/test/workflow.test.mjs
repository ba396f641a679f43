/**
 * From report to phone call: routing on arrival, the notice by e-mail (a real SMTP
 * server on 127.0.0.1; no personal data in any message), the 24-hour clock with its
 * escalation (once, also with two receivers on one database), retries when the mail
 * server is down, and the work on a report through the back office (statuses, notes),
 * all with a fixed clock in Europe/Brussels across both DST changes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFieldCipher, generateKey } from '../src/crypto/field-cipher.mjs';
import { createReceiver } from '../src/receiver.mjs';
import { openStore } from '../src/store/index.mjs';
import { ORIGIN, TEST_PASSWORD_COST, addAccount, auditTrail, client, manualClock, postReport, signIn, validReport } from './helpers.mjs';
import { databaseFor } from './database.mjs';
import { rawRows } from './raw-sql.mjs';
import { freePort, startSmtp } from './smtp.mjs';

const HOUR = 60 * 60 * 1000;
const ROUTING = {
  rules: [
    { ageGroup: ['under-18', '18-25'], organisation: 'jeugddienst' },
    { area: 'Heembeemd', organisation: 'buurtteam' },
    { ageGroup: '65-plus', organisation: 'samana' },
  ],
};
const ORGANISATIONS = [
  { id: 'samana', name: 'Samana Mechelen' },
  { id: 'jeugddienst', name: 'Jeugddienst Mechelen' },
  { id: 'buurtteam', name: 'Zorgzame buurt Heembeemd' },
];
/** Personal values of the reports below: none may ever appear in a mail. */
const PERSONAL = {
  name: 'Wisnaam Achternaam',
  phone: '0470 99 88 77',
  email: 'bewoner.geheim@example.org',
  situation: 'Geheime situatie: komt al weken niet buiten',
  area: 'Nekkerspoel',
  page: 'https://partner.example/pagina-over-eenzaamheid',
  partner: 'partnercode-geheim',
  contactTimes: 'na 18 uur op dinsdag',
};

/**
 * A receiver on a SQLite file whose organisations exist before it starts (the routing
 * file is checked against them at start).
 * @param {{ dir: string, clock: ReturnType<typeof manualClock>, smtpUrl: string, extra?: import('../src/config.mjs').ReceiverOptions }} options
 */
async function start({ dir, clock, smtpUrl, extra = {} }) {
  // The folder's database: a SQLite file in it, or a PostgreSQL schema under STORE=pg.
  const dbPath = await databaseFor(dir);
  const seed = openStore(dbPath);
  for (const organisation of ORGANISATIONS) if (!(await seed.organisations.find(organisation.id))) await seed.organisations.create({ ...organisation, created_at: clock() });
  await seed.close();
  const receiver = createReceiver({
    dbPath,
    allowedOrigins: [ORIGIN],
    passwordCost: TEST_PASSWORD_COST,
    signInRateLimit: { limit: 100_000, windowMs: 60_000 },
    readRateLimit: { limit: 100_000, windowMs: 60_000 },
    now: clock,
    routing: ROUTING,
    smtpUrl,
    mailFrom: 'meldpunt@mechelen.example',
    publicUrl: 'https://meldpunt.mechelen.example',
    workflowIntervalMs: 0,
    retentionIntervalMs: 0,
    mailRetry: { baseMs: 60_000, maxMs: 10 * 60_000 },
    ...extra,
  });
  const port = await receiver.listen(0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, receiver, store: receiver.store, dbPath, close: () => receiver.close() };
}

/** @param {Record<string, unknown>} [overrides] */
const personalReport = (overrides = {}) =>
  validReport({
    name: PERSONAL.name,
    phone: PERSONAL.phone,
    email: PERSONAL.email,
    contactMethod: 'phone',
    situation: PERSONAL.situation,
    area: PERSONAL.area,
    page: PERSONAL.page,
    partner: PERSONAL.partner,
    contactTimes: PERSONAL.contactTimes,
    ...overrides,
  });

/** @param {{ raw: string, subject: string, text: string }} message @param {Record<string, unknown>} report */
function assertNoPersonalData(message, report) {
  for (const [field, value] of Object.entries(PERSONAL)) {
    for (const [form, content] of /** @type {const} */ ([['raw', message.raw], ['subject', message.subject], ['text', message.text]])) {
      assert.ok(!content.toLowerCase().includes(value.toLowerCase()), `${field} must not be in the ${form} message`);
    }
  }
  for (const key of ['name', 'phone', 'email', 'situation', 'area', 'page', 'contactTimes']) {
    const value = report[key];
    if (typeof value === 'string') assert.ok(!message.text.includes(value) && !message.raw.includes(value), `${key} of the report`);
  }
}

describe('workflow: routing, notice, escalation, retries (real SMTP)', () => {
  /** @type {string} */
  let dir;
  /** @type {Awaited<ReturnType<typeof startSmtp>>} */
  let smtp;
  /** @type {Awaited<ReturnType<typeof start>>} */
  let ctx;
  // 2026-03-28 16:00 in Brussels (CET, UTC+1): the night after, clocks go forward.
  const clock = manualClock(Date.parse('2026-03-28T15:00:00Z'));
  /** @type {Record<string, any>} */
  const people = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workflow-test-'));
    smtp = await startSmtp();
    ctx = await start({ dir, clock, smtpUrl: smtp.url });
    const withCtx = { receiver: ctx.receiver };
    people.samana1 = await addAccount(/** @type {any} */ (withCtx), { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
    people.samana2 = await addAccount(/** @type {any} */ (withCtx), { email: 'bert@samana.example', role: 'local-actor', organisation: 'samana' });
    people.jeugd = await addAccount(/** @type {any} */ (withCtx), { email: 'jo@jeugddienst.example', role: 'local-actor', organisation: 'jeugddienst' });
    people.coordinator = await addAccount(/** @type {any} */ (withCtx), { email: 'coordinator@mechelen.example', role: 'coordinator' });
    people.coordinator2 = await addAccount(/** @type {any} */ (withCtx), { email: 'coordinator2@mechelen.example', role: 'coordinator' });
    const disabled = await addAccount(/** @type {any} */ (withCtx), { email: 'gone@samana.example', role: 'local-actor', organisation: 'samana' });
    await ctx.store.accounts.update(disabled.id, { disabled_at: clock() });
  });
  after(async () => {
    await ctx?.close();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** @param {Record<string, unknown>} report */
  async function post(report) {
    const response = await postReport(ctx.base, report);
    assert.equal(response.status, 201);
    return /** @type {string} */ ((await response.json()).reference);
  }
  /** @param {string} reference */
  const mailsAbout = (reference) => smtp.messages.filter((message) => message.subject.includes(reference));

  test('a new report is routed on arrival and the organisation\'s members get a notice without personal data', async () => {
    const report = personalReport({ ageGroup: '65-plus' });
    const reference = await post(report);
    await ctx.receiver.runWorkflow();
    const stored = await ctx.store.reports.workflow(reference);
    assert.deepEqual([stored?.status, stored?.organisation_id], ['assigned', 'samana']);
    const mails = mailsAbout(reference);
    assert.deepEqual(mails.map((m) => m.to).flat().sort(), ['an@samana.example', 'bert@samana.example'], 'active members only, one mail each');
    for (const mail of mails) {
      assert.equal(mail.from, 'meldpunt@mechelen.example');
      // 24 real hours later: 29 March 17:00 in Brussels (CEST, the clocks went forward).
      assert.equal(mail.subject, `Nieuwe melding ${reference}: bellen vóór zondag 29 maart om 17:00`);
      assert.match(mail.text, new RegExp(`Referentie: ${reference}`));
      assert.match(mail.text, /Bellen vóór: zondag 29 maart om 17:00/);
      assert.match(mail.text, new RegExp(`https://meldpunt\\.mechelen\\.example/inbox/${reference}`));
      assert.match(mail.text, /Samana Mechelen/);
      assert.match(mail.text, /geen persoonsgegevens/);
      assertNoPersonalData(mail, report);
    }
    const trail = await auditTrail({ store: ctx.store }, reference);
    assert.deepEqual(trail.map((entry) => [entry.action, entry.actor, entry.organisation_id, entry.detail]), [['assign', 'routing', 'samana', 'rule:2']]);
  });

  test('no rule fits: the report stays new and the coordinators are told', async () => {
    const report = personalReport({ ageGroup: '26-64' });
    const reference = await post(report);
    await ctx.receiver.runWorkflow();
    assert.deepEqual([(await ctx.store.reports.workflow(reference))?.status, (await ctx.store.reports.workflow(reference))?.organisation_id], ['new', null]);
    const mails = mailsAbout(reference);
    assert.deepEqual(mails.map((m) => m.to).flat().sort(), ['coordinator2@mechelen.example', 'coordinator@mechelen.example']);
    for (const mail of mails) {
      assert.equal(mail.subject, `Nieuwe melding ${reference} wacht op toewijzing`);
      assertNoPersonalData(mail, report);
    }
    await ctx.receiver.runWorkflow();
    assert.equal(mailsAbout(reference).length, 2, 'routing runs once per report');
  });

  test('escalation: not contacted 20 hours after receipt → one mail to the coordinators, once', async () => {
    const receivedAt = clock();
    const contactedReport = await post(personalReport({ ageGroup: '65-plus' }));
    const reference = await post(personalReport({ ageGroup: '65-plus' }));
    await ctx.receiver.runWorkflow();
    await ctx.store.reports.setStatus(contactedReport, { status: 'contacted', at: clock(), actorId: people.samana1.id, actor: people.samana1.email });
    const escalations = () => smtp.messages.filter((m) => m.subject.includes(reference) && m.subject.includes('nog niet opgevolgd'));
    clock.set(receivedAt + 20 * HOUR - 60_000);
    await ctx.receiver.runWorkflow();
    assert.equal(escalations().length, 0, 'not before 20 hours');
    clock.set(receivedAt + 20 * HOUR);
    await ctx.receiver.runWorkflow();
    assert.deepEqual(escalations().map((m) => m.to).flat().sort(), ['coordinator2@mechelen.example', 'coordinator@mechelen.example']);
    // 20 h after 28 March 16:00 CET is 29 March 13:00 CEST; the deadline stays 17:00.
    assert.equal(escalations()[0]?.subject, `Melding ${reference} nog niet opgevolgd: deadline zondag 29 maart om 17:00`);
    assert.match(escalations()[0]?.text ?? '', /20 uur na ontvangst/);
    assert.equal((await ctx.store.reports.workflow(reference))?.escalated_at, receivedAt + 20 * HOUR);
    clock.tick(HOUR);
    await ctx.receiver.runWorkflow();
    assert.equal(escalations().length, 2, 'once, not once per round');
    assert.equal(smtp.messages.filter((m) => m.subject.includes(contactedReport) && m.subject.includes('nog niet opgevolgd')).length, 0, 'a contacted report is not escalated');
    for (const mail of escalations()) assertNoPersonalData(mail, {});
  });

  test('SMTP down: the report is stored and answered, the mail is retried with backoff and delivered when the server is back', async () => {
    const port = await freePort();
    const downDir = mkdtempSync(join(tmpdir(), 'workflow-down-'));
    const down = await start({ dir: downDir, clock, smtpUrl: `smtp://127.0.0.1:${port}` });
    try {
      await addAccount(/** @type {any} */ ({ receiver: down.receiver }), { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
      const response = await postReport(down.base, personalReport({ ageGroup: '65-plus' }));
      assert.equal(response.status, 201, 'mail down never blocks a report');
      const { reference } = await response.json();
      await down.receiver.runWorkflow();
      let [mail] = await down.store.outbox.forReference(reference);
      assert.ok(mail);
      assert.deepEqual([mail.sent_at, mail.attempts, mail.next_attempt_at - (mail.last_attempt_at ?? 0)], [null, 1, 60_000]);
      assert.match(mail.last_error ?? '', /ECONNREFUSED/);
      assert.equal(await down.store.outbox.failing(), 1);
      clock.tick(60_000);
      await down.receiver.runWorkflow();
      [mail] = await down.store.outbox.forReference(reference);
      assert.deepEqual([mail?.attempts, (mail?.next_attempt_at ?? 0) - (mail?.last_attempt_at ?? 0)], [2, 120_000], 'the wait doubles');
      for (let i = 0; i < 5; i += 1) {
        clock.tick(10 * 60_000);
        await down.receiver.runWorkflow();
      }
      [mail] = await down.store.outbox.forReference(reference);
      assert.equal((mail?.next_attempt_at ?? 0) - (mail?.last_attempt_at ?? 0), 10 * 60_000, 'capped');
      // The coordinator's view says so.
      const coordinator = await addAccount(/** @type {any} */ ({ receiver: down.receiver }), { email: 'c@mechelen.example', role: 'coordinator' });
      const browser = await signIn(/** @type {any} */ ({ base: down.base, receiver: down.receiver }), coordinator);
      const page = await browser.get(`/inbox/${reference}`);
      assert.match(page.text, /Nog niet verstuurd naar an@samana\.example: \d+ pogingen mislukt/);
      assert.match(page.text, /1 e-mail kon nog niet verstuurd worden/);
      const back = await startSmtp({ port });
      try {
        clock.tick(10 * 60_000);
        await down.receiver.runWorkflow();
        assert.equal(back.messages.length, 1);
        assert.deepEqual(back.messages[0]?.to, ['an@samana.example']);
        assert.equal(await down.store.outbox.failing(), 0);
        const sent = await browser.get(`/inbox/${reference}`);
        assert.match(sent.text, /Verstuurd naar an@samana\.example op/);
      } finally {
        await back.close();
      }
    } finally {
      await down.close();
      rmSync(downDir, { recursive: true, force: true });
    }
  });

  test('two receivers on one database: one notice per member and one escalation, not one per receiver', async () => {
    const sharedDir = mkdtempSync(join(tmpdir(), 'workflow-two-'));
    const box = await startSmtp();
    const a = await start({ dir: sharedDir, clock, smtpUrl: box.url });
    const b = await start({ dir: sharedDir, clock, smtpUrl: box.url });
    try {
      await addAccount(/** @type {any} */ ({ receiver: a.receiver }), { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
      await addAccount(/** @type {any} */ ({ receiver: a.receiver }), { email: 'c@mechelen.example', role: 'coordinator' });
      const receivedAt = clock();
      const response = await postReport(a.base, personalReport({ ageGroup: '65-plus' }));
      const { reference } = await response.json();
      await Promise.all([a.receiver.runWorkflow(), b.receiver.runWorkflow(), a.receiver.runWorkflow(), b.receiver.runWorkflow()]);
      clock.set(receivedAt + 21 * HOUR);
      await Promise.all([a.receiver.runWorkflow(), b.receiver.runWorkflow()]);
      await Promise.all([b.receiver.runWorkflow(), a.receiver.runWorkflow()]);
      const about = box.messages.filter((m) => m.subject.includes(reference));
      assert.deepEqual(about.map((m) => `${m.to.join(',')} ${m.subject.startsWith('Nieuwe') ? 'notice' : 'escalation'}`).sort(), ['an@samana.example notice', 'c@mechelen.example escalation']);
      assert.equal((await auditTrail({ store: a.store }, reference)).filter((entry) => entry.action === 'escalate').length, 1);
    } finally {
      await a.close();
      await b.close();
      await box.close();
      rmSync(sharedDir, { recursive: true, force: true });
    }
  });

  test('October: received 24 October 16:00 (CEST), the deadline is 25 October 15:00 (CET): 24 real hours', async () => {
    clock.set(Date.parse('2026-10-24T14:00:00Z'));
    const reference = await post(personalReport({ ageGroup: '65-plus' }));
    await ctx.receiver.runWorkflow();
    const [notice] = mailsAbout(reference);
    assert.equal(notice?.subject, `Nieuwe melding ${reference}: bellen vóór zondag 25 oktober om 15:00`);
    const status = await ctx.store.reports.workflow(reference);
    assert.equal(status?.deadline_at, Date.parse('2026-10-25T14:00:00Z'));
    clock.set(Date.parse('2026-10-25T10:00:00Z') - 1);
    await ctx.receiver.runWorkflow();
    assert.equal(smtp.messages.filter((m) => m.subject.startsWith(`Melding ${reference}`)).length, 0, 'not before 20 hours (11:00 CET)');
    clock.set(Date.parse('2026-10-25T10:00:00Z'));
    await ctx.receiver.runWorkflow();
    assert.equal(smtp.messages.filter((m) => m.subject === `Melding ${reference} nog niet opgevolgd: deadline zondag 25 oktober om 15:00`).length, 2);
  });
});

describe('workflow: the work on a report in the back office', () => {
  /** @type {string} */
  let dir;
  /** @type {Awaited<ReturnType<typeof startSmtp>>} */
  let smtp;
  /** @type {Awaited<ReturnType<typeof start>>} */
  let ctx;
  const clock = manualClock(Date.parse('2026-03-28T15:00:00Z'));
  /** @type {Record<string, any>} */
  const people = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workflow-ui-'));
    smtp = await startSmtp();
    ctx = await start({ dir, clock, smtpUrl: smtp.url, extra: { dataKeys: generateKey('t1') } });
    const withCtx = /** @type {any} */ ({ base: ctx.base, receiver: ctx.receiver });
    people.samana = await addAccount(withCtx, { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
    people.jeugd = await addAccount(withCtx, { email: 'jo@jeugddienst.example', role: 'local-actor', organisation: 'jeugddienst' });
    people.coordinator = await addAccount(withCtx, { email: 'coordinator@mechelen.example', role: 'coordinator' });
  });
  after(async () => {
    await ctx?.close();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const asCtx = () => /** @type {any} */ ({ base: ctx.base, receiver: ctx.receiver });

  /** @param {Record<string, unknown>} report */
  async function routed(report) {
    const response = await postReport(ctx.base, report);
    const { reference } = await response.json();
    await ctx.receiver.runWorkflow();
    return /** @type {string} */ (reference);
  }

  test('the local actor sees the work section in Brussels time, marks contacted, then closes with an outcome', async () => {
    const reference = await routed(personalReport({ ageGroup: '65-plus' }));
    const browser = await signIn(asCtx(), people.samana);
    const page = await browser.get(`/inbox/${reference}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<section class="work" aria-labelledby="work-title">/);
    assert.match(page.text, /<dt>Bellen vóór<\/dt><dd><time datetime="2026-03-29T15:00:00.000Z">zondag 29 maart 2026 om 17:00<\/time>/);
    assert.match(page.text, /Contact opgenomen<\/button>/);
    assert.doesNotMatch(page.text, /action="\/inbox\/[A-Z0-9]+\/assign"/, 'local actors do not assign');

    clock.tick(20 * 60_000);
    const contacted = await browser.post(`/inbox/${reference}/status`, { status: 'contacted' });
    assert.equal(contacted.status, 303);
    assert.equal(contacted.location, `/inbox/${reference}?m=changed`);
    const missingTries = await browser.post(`/inbox/${reference}/status`, { status: 'closed', outcome: 'not-reachable', tries: '' });
    assert.equal(missingTries.location, `/inbox/${reference}?m=tries-missing#work-title`, 'not reachable needs the number of tries');
    const explained = await browser.get(`/inbox/${reference}?m=tries-missing`);
    assert.match(explained.text, /<div class="error-summary" role="alert"><p><a href="#tries">Geef het aantal pogingen \(1 tot 99\) als de persoon niet bereikbaar was\.<\/a><\/p><\/div>/);
    assert.match(explained.text, /id="tries"[^>]*aria-invalid="true"/);
    assert.equal((await ctx.store.reports.workflow(reference))?.status, 'contacted');
    clock.tick(20 * 60_000);
    const closed = await browser.post(`/inbox/${reference}/status`, { status: 'closed', outcome: 'not-reachable', tries: '3' });
    assert.equal(closed.location, `/inbox/${reference}?m=changed`);
    const after = await browser.get(`/inbox/${reference}`);
    assert.match(after.text, /niet bereikbaar na meerdere pogingen \(3 pogingen\)/);
    assert.match(after.text, /Afgesloten op .* door an@samana\.example\./);
    assert.doesNotMatch(after.text, /Contact opgenomen<\/button>/, 'no buttons after closing');
    const stored = await ctx.store.reports.findByReference(reference);
    assert.deepEqual([stored?.status, stored?.contacted_by, stored?.closed_by, stored?.outcome, stored?.tries], ['closed', 'an@samana.example', 'an@samana.example', 'not-reachable', 3]);
    const trail = (await auditTrail({ store: ctx.store }, reference)).filter((entry) => entry.action === 'status');
    assert.deepEqual(trail.map((entry) => [entry.actor, entry.detail]), [['an@samana.example', 'contacted'], ['an@samana.example', 'closed:not-reachable:3']]);
  });

  test('another organisation\'s local actor cannot act on the report (404, audited); CSRF is required', async () => {
    const reference = await routed(personalReport({ ageGroup: '65-plus' }));
    const other = await signIn(asCtx(), people.jeugd);
    await other.get('/inbox');
    const denied = await other.post(`/inbox/${reference}/status`, { status: 'contacted' });
    assert.equal(denied.status, 404);
    const note = await other.post(`/inbox/${reference}/notes`, { note: 'poging' });
    assert.equal(note.status, 404);
    assert.equal((await ctx.store.reports.workflow(reference))?.status, 'assigned');
    assert.ok((await auditTrail({ store: ctx.store }, reference)).some((entry) => entry.action === 'view-denied' && entry.actor === people.jeugd.email));
    const own = await signIn(asCtx(), people.samana);
    await own.get(`/inbox/${reference}`);
    const noToken = await own.post(`/inbox/${reference}/status`, { status: 'contacted' }, { csrf: false });
    assert.equal(noToken.status, 403);
    assert.equal((await ctx.store.reports.workflow(reference))?.status, 'assigned');
  });

  test('a coordinator reassigns: the new organisation\'s members get a notice; audited', async () => {
    const reference = await routed(personalReport({ ageGroup: '65-plus' }));
    const coordinator = await signIn(asCtx(), people.coordinator);
    const page = await coordinator.get(`/inbox/${reference}`);
    assert.match(page.text, /<label for="organisation">Toewijzen aan<\/label>/);
    const moved = await coordinator.post(`/inbox/${reference}/assign`, { organisation: 'jeugddienst' });
    assert.equal(moved.location, `/inbox/${reference}?m=changed`);
    await ctx.receiver.runWorkflow();
    const notice = smtp.messages.filter((m) => m.subject.includes(reference) && m.to.includes('jo@jeugddienst.example'));
    assert.equal(notice.length, 1);
    assert.match(notice[0]?.text ?? '', /Jeugddienst Mechelen/);
    const same = await coordinator.post(`/inbox/${reference}/assign`, { organisation: 'jeugddienst' });
    assert.equal(same.location, `/inbox/${reference}?m=unchanged`);
    await ctx.receiver.runWorkflow();
    assert.equal(smtp.messages.filter((m) => m.subject.includes(reference) && m.to.includes('jo@jeugddienst.example')).length, 1, 'no second notice');
    const history = await ctx.store.reports.history(reference);
    assert.deepEqual(history.map((h) => [h.actor, h.organisation_id]), [['routing', 'samana'], ['coordinator@mechelen.example', 'jeugddienst']]);
    const after = await coordinator.get(`/inbox/${reference}`);
    assert.match(after.text, /Toegewezen aan Jeugddienst Mechelen door coordinator@mechelen\.example/);
  });

  test('notes: shown to those who see the report, encrypted at rest, audited without their text, erased with the report', async () => {
    const reference = await routed(personalReport({ ageGroup: '65-plus' }));
    const browser = await signIn(asCtx(), people.samana);
    await browser.get(`/inbox/${reference}`);
    const text = 'Belde om 10 uur, voicemail <b>ingesproken</b>';
    const added = await browser.post(`/inbox/${reference}/notes`, { note: text });
    assert.equal(added.location, `/inbox/${reference}?m=changed#work-title`);
    const empty = await browser.post(`/inbox/${reference}/notes`, { note: '   ' });
    assert.equal(empty.location, `/inbox/${reference}?m=note-empty#work-title`);
    assert.match((await browser.get(`/inbox/${reference}?m=note-empty`)).text, /<a href="#note">Typ een notitie \(hoogstens 2000 tekens\)\.<\/a>/);
    const page = await browser.get(`/inbox/${reference}`);
    assert.ok(page.text.includes('Belde om 10 uur, voicemail &#60;b&#62;ingesproken&#60;/b&#62;'), 'shown as text');
    const [stored] = await ctx.store.notes.list(reference);
    assert.match(stored?.text ?? '', /^enc:v1:t1:/, 'encrypted at rest');
    const trail = await auditTrail({ store: ctx.store }, reference);
    const noteEntry = trail.find((entry) => entry.action === 'note');
    assert.ok(noteEntry);
    assert.ok(!JSON.stringify(trail).includes('voicemail'), 'the audit log never holds the note');
    assert.equal(trail.filter((entry) => entry.action === 'view-report').at(-1)?.detail, 'with-notes', 'reading notes is logged');
    const coordinator = await signIn(asCtx(), people.coordinator);
    await coordinator.get(`/inbox/${reference}`);
    const erased = await coordinator.post(`/inbox/${reference}/erase`, { reason: 'data-subject-request' });
    assert.equal(erased.location, `/inbox/${reference}?m=changed`);
    assert.deepEqual(await ctx.store.notes.list(reference), []);
    // In the database itself (either store): no row of the note is left.
    assert.match(reference, /^[A-Z0-9]{8}$/);
    const [{ notes: none }] = await rawRows({ db: ctx.receiver.db, store: ctx.store }, `SELECT COUNT(*) AS notes FROM report_notes n JOIN reports r ON r.id = n.report_id WHERE r.reference = '${reference}'`);
    assert.equal(none, 0);
  });

  test('the work section in French and English has every text of the Dutch one', async () => {
    const { WORK_MESSAGES } = await import('../src/views/messages/work/index.mjs');
    /** @param {Record<string, unknown>} object @param {string} [prefix] @returns {string[]} */
    const keys = (object, prefix = '') =>
      Object.entries(object).flatMap(([key, value]) => (value && typeof value === 'object' ? keys(/** @type {any} */ (value), `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`])).sort();
    assert.deepEqual(keys(WORK_MESSAGES.fr), keys(WORK_MESSAGES.nl));
    assert.deepEqual(keys(WORK_MESSAGES.en), keys(WORK_MESSAGES.nl));
  });
});

describe('workflow: nothing blocks a report', () => {
  test('a report whose area cannot be read for routing (key gone) still reaches the coordinators', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-key-'));
    const smtp = await startSmtp();
    const clock = manualClock(Date.parse('2026-05-04T08:00:00Z'));
    try {
      // A stored report not routed yet (the receiver stopped in between), its area encrypted with a key since dropped.
      const old = createFieldCipher(generateKey('old'));
      const seed = openStore(await databaseFor(dir));
      const id = '6f1c2a8e-7d4b-4c1e-9a2f-3b5d7e9f1a2c';
      await seed.reports.create(
        { id, received_at: clock(), month: '2026-05', format: 'json', partner: 'samana', age_group: '65-plus', about: 'other', lang: 'nl', area: old.encrypt('Heembeemd', id), page: null, fill_ms: 30000, payload: old.encrypt('{}', id), body_hash: 'h' },
        { key: null, newReference: () => 'KEYGONE1', answer: () => ({ status: 201, body: '' }) },
      );
      await seed.close();
      const ctx = await start({ dir, clock, smtpUrl: smtp.url, extra: { dataKeys: generateKey('new') } });
      try {
        await addAccount(/** @type {any} */ ({ receiver: ctx.receiver }), { email: 'c@mechelen.example', role: 'coordinator' });
        await ctx.receiver.runWorkflow();
        const status = await ctx.store.reports.workflow('KEYGONE1');
        assert.deepEqual([status?.status, status?.organisation_id], ['new', null], 'not routed: a coordinator assigns it');
        assert.deepEqual(smtp.messages.filter((m) => m.subject.includes('KEYGONE1')).map((m) => [m.to.join(), m.subject]), [['c@mechelen.example', 'Nieuwe melding KEYGONE1 wacht op toewijzing']]);
        assert.deepEqual(await ctx.store.reports.untriaged(100), [], 'and it does not block the reports after it');
      } finally {
        await ctx.close();
      }
    } finally {
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a mail server that hangs holds up no report: intake answers, the next reports too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-hang-'));
    const clock = manualClock(Date.parse('2026-05-04T08:00:00Z'));
    /** @type {(() => void)[]} */
    const hanging = [];
    let attempts = 0;
    const transport = {
      send: () => {
        attempts += 1;
        return new Promise((resolve) => hanging.push(() => resolve(undefined)));
      },
      close: () => {},
    };
    const ctx = await start({ dir, clock, smtpUrl: '', extra: { mailTransport: transport } });
    try {
      await addAccount(/** @type {any} */ ({ receiver: ctx.receiver }), { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
      const first = await postReport(ctx.base, personalReport({ ageGroup: '65-plus' }));
      assert.equal(first.status, 201);
      // The round that follows the report is now stuck in the mail server.
      while (attempts === 0) await new Promise((resolve) => setImmediate(resolve));
      const answers = await Promise.all([1, 2, 3].map(() => postReport(ctx.base, personalReport({ ageGroup: '65-plus' }))));
      assert.deepEqual(answers.map((response) => response.status), [201, 201, 201]);
      assert.equal(await ctx.store.reports.count(), 4);
      for (const release of hanging.splice(0)) release();
    } finally {
      for (const release of hanging.splice(0)) release();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the inbox lists overdue reports first, then open ones by deadline, then the handled ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-order-'));
    const smtp = await startSmtp();
    const clock = manualClock(Date.parse('2026-05-04T08:00:00Z'));
    const ctx = await start({ dir, clock, smtpUrl: smtp.url });
    try {
      const coordinator = await addAccount(/** @type {any} */ ({ receiver: ctx.receiver }), { email: 'c@mechelen.example', role: 'coordinator' });
      /** @param {Record<string, unknown>} overrides */
      const post = async (overrides) => (await (await postReport(ctx.base, personalReport(overrides))).json()).reference;
      const oldest = await post({ ageGroup: '26-64' });
      clock.tick(10 * HOUR);
      const handled = await post({ ageGroup: '65-plus' });
      clock.tick(10 * HOUR);
      const newest = await post({ ageGroup: '65-plus' });
      await ctx.store.reports.setStatus(handled, { status: 'contacted', at: clock(), actorId: null, actor: 'test' });
      clock.tick(5 * HOUR); // the oldest is now 25 hours old: overdue
      const browser = await signIn(/** @type {any} */ ({ base: ctx.base, receiver: ctx.receiver }), coordinator);
      const list = JSON.parse((await browser.get('/inbox.json')).text);
      assert.deepEqual(list.rows.map((/** @type {any} */ row) => row.reference), [oldest, newest, handled]);
      assert.ok(list.rows[0].msLeft < 0 && list.rows[1].msLeft > 0);
    } finally {
      await ctx.close();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
