import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUILT_IN_RETENTION, mechelenContent } from 'eenzaamheid-hulp/content';
import { addMonths, builtInPolicy, erasureDue, policyFromContent } from '../src/retention/policy.mjs';
import { addAccount, auditTrail, manualClock, postReport, signIn, startReceiver, storedReport, validReport } from './helpers.mjs';
import { storageHolds } from './raw-sql.mjs';

const MINUTE = 60_000;
const PHONE = '0472 11 22 33';



describe('retention figures: one source', () => {
  test('the built-in policy is the widget package\'s BUILT_IN_RETENTION', () => {
    assert.deepEqual(builtInPolicy().standard, { ...BUILT_IN_RETENTION });
    assert.deepEqual(BUILT_IN_RETENTION, { monthsAfterClose: 6, maxMonths: 12 });
  });

  test('a content file sets its own, and a partner its own', () => {
    // A partner's content file: the built-in one with its own figures (as JSON, as it is published).
    const file = JSON.parse(JSON.stringify(mechelenContent));
    file.meldpunt.retention = { monthsAfterClose: 3, maxMonths: 9 };
    file.partners = [{ id: 'samana', name: { nl: 'Samana' }, meldpunt: { retention: { monthsAfterClose: 1, maxMonths: 2 } } }];
    const policy = policyFromContent(file);
    assert.deepEqual(policy.standard, { monthsAfterClose: 3, maxMonths: 9 });
    assert.deepEqual(policy.byPartner.get('samana'), { monthsAfterClose: 1, maxMonths: 2 });
    const received = Date.parse('2026-01-10T09:00:00Z');
    assert.equal(erasureDue({ partner: 'samana', received_at: received, closed_at: null }, policy).at, Date.parse('2026-03-10T09:00:00Z'));
    assert.equal(erasureDue({ partner: 'overkop', received_at: received, closed_at: null }, policy).at, Date.parse('2026-10-10T09:00:00Z'));
  });

  test('calendar months, the 31st becoming the last day of a shorter month', () => {
    assert.equal(addMonths(Date.parse('2026-01-15T10:00:00Z'), 6), Date.parse('2026-07-15T10:00:00Z'));
    assert.equal(addMonths(Date.parse('2026-08-31T10:00:00Z'), 6), Date.parse('2027-02-28T10:00:00Z'));
    assert.equal(addMonths(Date.parse('2027-08-31T10:00:00Z'), 6), Date.parse('2028-02-29T10:00:00Z'));
    assert.equal(addMonths(Date.parse('2026-12-10T00:00:00Z'), 12), Date.parse('2027-12-10T00:00:00Z'));
    assert.equal(addMonths(Date.parse('2026-03-31T00:00:00Z'), -1), Date.parse('2026-02-28T00:00:00Z'));
  });

  test('due: months after closing, or the maximum age, whichever comes first', () => {
    const policy = builtInPolicy();
    const received = Date.parse('2026-01-10T09:00:00Z');
    assert.deepEqual(erasureDue({ partner: null, received_at: received, closed_at: null }, policy), { at: Date.parse('2027-01-10T09:00:00Z'), reason: 'max-age' });
    assert.deepEqual(erasureDue({ partner: null, received_at: received, closed_at: Date.parse('2026-02-01T12:00:00Z') }, policy), {
      at: Date.parse('2026-08-01T12:00:00Z'),
      reason: 'closed',
    });
    assert.deepEqual(erasureDue({ partner: null, received_at: received, closed_at: Date.parse('2026-11-01T12:00:00Z') }, policy), {
      at: Date.parse('2027-01-10T09:00:00Z'),
      reason: 'max-age',
    });
  });
});

describe('erasure on time, with a fixed clock', () => {
  const start = Date.parse('2026-01-10T09:00:00Z');
  const clock = manualClock(start);
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {string} */
  let closedRef;
  /** @type {string} */
  let openRef;
  /** @type {string} */
  let openId;
  before(async () => {
    ctx = await startReceiver({ now: clock, retentionIntervalMs: 0 });
    closedRef = (await (await postReport(ctx.base, validReport({ phone: PHONE, name: 'Wisnaam', partner: 'samana', ageGroup: '18-25' }))).json()).reference;
    const open = validReport({ phone: PHONE, name: 'Opennaam', area: 'Hombeek' });
    openId = open.id;
    openRef = (await (await postReport(ctx.base, open)).json()).reference;
    clock.tick(20 * 24 * 60 * MINUTE);
    await ctx.store.reports.assign(closedRef, await ensureOrganisation(), { at: clock(), actorId: null, actor: 'system', mail: [] });
    await ctx.store.reports.setStatus(closedRef, { status: 'closed', at: clock(), outcome: 'reached', actorId: null, actor: 'system' });
  });
  after(() => ctx.close());

  async function ensureOrganisation() {
    await ctx.store.organisations.create({ id: 'samana', name: 'Samana', created_at: clock() });
    return 'samana';
  }

  test('nothing is erased a minute before six months after closing', async () => {
    const closedAt = (await storedReport(ctx, { reference: closedRef })).closed_at;
    clock.set(addMonths(closedAt, 6) - MINUTE);
    const { erased } = await ctx.receiver.runRetention();
    assert.deepEqual(erased, []);
    assert.ok((await storedReport(ctx, { reference: closedRef })).payload.includes(PHONE));
  });

  test('six months after closing: personal fields gone; reference, dates, partner, age group and outcome stay', async () => {
    const before = (await storedReport(ctx, { reference: closedRef }));
    clock.set(addMonths(before.closed_at, 6));
    const { erased } = await ctx.receiver.runRetention();
    assert.deepEqual(erased, [closedRef]);
    const after = (await storedReport(ctx, { reference: closedRef }));
    for (const column of ['about', 'lang', 'area', 'page', 'fill_ms', 'payload', 'body_hash']) assert.equal(after[column], null, column);
    assert.equal(after.erased_at, clock());
    assert.equal(after.erasure_reason, 'closed');
    for (const column of ['reference', 'received_at', 'month', 'closed_at', 'assigned_at', 'partner', 'age_group', 'outcome', 'status', 'organisation_id', 'format']) {
      assert.deepEqual(after[column], before[column], column);
    }
    assert.deepEqual([after.partner, after.age_group, after.outcome], ['samana', '18-25', 'reached']);
    const audit = (await auditTrail(ctx, closedRef)).find((entry) => entry.action === 'erase');
    assert.deepEqual([audit.actor, audit.detail, audit.at], ['system', 'closed', clock()]);
    assert.equal((await storedReport(ctx, { reference: openRef })).erased_at, null, 'the open report is not due yet');
  });

  test('a report never closed is erased twelve months after it came in', async () => {
    const received = (await storedReport(ctx, { reference: openRef })).received_at;
    clock.set(addMonths(received, 12) - MINUTE);
    assert.deepEqual((await ctx.receiver.runRetention()).erased, []);
    clock.set(addMonths(received, 12));
    assert.deepEqual((await ctx.receiver.runRetention()).erased, [openRef]);
    assert.equal((await storedReport(ctx, { reference: openRef })).erasure_reason, 'max-age');
    assert.equal((await storedReport(ctx, { reference: openRef })).status, 'new');
  });

  test('erased means gone: not in the SQLite file nor its write-ahead log; in PostgreSQL in no table', async () => {
    assert.equal(await storageHolds(ctx, PHONE), false);
    assert.equal(await storageHolds(ctx, 'Opennaam'), false);
  });

  test('a late retry of an erased report is answered with its reference and not stored again', async () => {
    const response = await postReport(ctx.base, validReport({ id: openId, phone: PHONE, name: 'Opennaam', area: 'Hombeek' }));
    assert.equal(response.status, 201);
    assert.equal((await response.json()).reference, openRef);
    assert.equal((await storedReport(ctx, { id: openId })).reference, openRef);
    assert.equal((await storedReport(ctx, { reference: openRef })).payload, null);
  });
});

describe('erasure and export on request (a data-subject request)', () => {
  const clock = manualClock();
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Awaited<ReturnType<ReturnType<typeof signIn>>>} */
  let coordinator;
  before(async () => {
    ctx = await startReceiver({ now: clock, retentionIntervalMs: 0 });
    coordinator = await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }));
  });
  after(() => ctx.close());

  test('export: everything stored about the report, as a JSON download, with its handling', async () => {
    const report = validReport({ phone: PHONE, name: 'Exportnaam' });
    const { reference } = await (await postReport(ctx.base, report)).json();
    await coordinator.get(`/inbox/${reference}`);
    const response = await coordinator.post(`/inbox/${reference}/export`, {});
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['content-disposition'], `attachment; filename="melding-${reference}.json"`);
    const document = JSON.parse(response.text);
    assert.equal(document.reference, reference);
    assert.equal(document.personalData.asReceived.phone, PHONE);
    assert.equal(document.personalData.asReceived.name, 'Exportnaam');
    assert.equal(document.personalData.area, 'Nekkerspoel');
    assert.deepEqual(document.handling.map((/** @type {any} */ step) => step.action), ['view-report', 'export']);
  });

  test('erase now, with a reason code: the page shows what is left and when it was erased', async () => {
    const { reference } = await (await postReport(ctx.base, validReport({ phone: PHONE }))).json();
    await coordinator.get(`/inbox/${reference}`);
    const erased = await coordinator.post(`/inbox/${reference}/erase`, { reason: 'data-subject-request' });
    assert.equal(erased.status, 303);
    assert.equal((await storedReport(ctx, { reference: reference })).erasure_reason, 'data-subject-request');
    assert.equal((await storedReport(ctx, { reference: reference })).payload, null);
    const page = await coordinator.get(`/inbox/${reference}`);
    assert.match(page.text, /De persoonsgegevens van deze melding zijn gewist/);
    assert.ok(!page.text.includes(PHONE));
    const again = await coordinator.post(`/inbox/${reference}/erase`, { reason: 'other' });
    assert.equal(again.location, `/inbox/${reference}?m=unchanged`);
    const exported = JSON.parse((await coordinator.post(`/inbox/${reference}/export`, {})).text);
    assert.equal(exported.personalData, null);
    assert.equal(exported.erasureReason, 'data-subject-request');
  });

  test('an unknown reason erases nothing', async () => {
    const { reference } = await (await postReport(ctx.base, validReport())).json();
    await coordinator.get(`/inbox/${reference}`);
    const response = await coordinator.post(`/inbox/${reference}/erase`, { reason: 'because I say so' });
    assert.equal(response.location, `/inbox/${reference}?m=unchanged`);
    assert.equal((await storedReport(ctx, { reference: reference })).erased_at, null);
  });

  test('the report page says when its personal data will be erased', async () => {
    const { reference } = await (await postReport(ctx.base, validReport())).json();
    const page = await coordinator.get(`/inbox/${reference}`);
    // Received 2026-03-10 (the clock), never closed: twelve months later.
    assert.match(page.text, /Persoonsgegevens worden gewist op<\/dt><dd>\d+ maart 2027/);
  });
});
