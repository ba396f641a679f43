/**
 * The store contract of the work on a report (issue 11): assignment with its mail in
 * one transaction, the status transitions, the history, notes (erased with the
 * report), the escalation claim, the outbox and the urgency order. Called from
 * store.test.mjs for every adapter, so a PostgreSQL adapter gets the same checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

const HOUR = 60 * 60 * 1000;
const T0 = Date.parse('2026-03-28T15:00:00Z');
const COORDINATOR = { actorId: 7, actor: 'coordinator@example.org' };
const ACTOR = { actorId: 8, actor: 'actor@samana.example' };

/** @param {string} id @param {number} receivedAt */
const row = (id, receivedAt) => ({
  id,
  received_at: receivedAt,
  month: '2026-03',
  format: /** @type {const} */ ('json'),
  partner: 'samana',
  age_group: '65-plus',
  about: 'other',
  lang: 'nl',
  area: 'Muizen',
  page: null,
  fill_ms: 30000,
  payload: '{"phone":"015 12 34 56","name":"Werkvoorbeeld"}',
  body_hash: `hash-${id}`,
});

/** @param {string} reference @param {string} recipient @param {'notice' | 'escalation'} [kind] */
const mail = (reference, recipient, kind = 'notice') => ({ kind, reference, recipient, subject: `Melding ${reference}`, text: `Melding ${reference}: bel voor de deadline.` });

/**
 * @param {() => import('../src/store/contract.mjs').Store} storeOf  the adapter's store, opened fresh for this suite
 */
export function workflowContract(storeOf) {
  /** @param {string} id @param {string} reference @param {number} receivedAt */
  async function report(id, reference, receivedAt) {
    const created = await storeOf().reports.create(row(id, receivedAt), { key: null, newReference: () => reference, answer: () => ({ status: 201, body: '' }) });
    assert.equal(created.created, true);
    return reference;
  }

  test('workflow: a new report is new, with a deadline 24 real hours after receipt', async () => {
    const store = storeOf();
    await store.organisations.create({ id: 'wf-samana', name: 'Samana', created_at: 0 });
    await store.organisations.create({ id: 'wf-jeugd', name: 'Jeugddienst', created_at: 0 });
    await report('wf-1', 'WFAAAAAA', T0);
    const status = await store.reports.workflow('WFAAAAAA');
    assert.deepEqual(status, {
      reference: 'WFAAAAAA', status: 'new', organisation_id: null, received_at: T0, deadline_at: T0 + 24 * HOUR,
      assigned_at: null, contacted_at: null, closed_at: null, outcome: null, escalated_at: null, erased: false,
    });
    assert.equal(await store.reports.workflow('NOSUCHRF'), undefined);
    assert.equal((await store.reports.findByReference('WFAAAAAA'))?.deadline_at, T0 + 24 * HOUR);
  });

  test('workflow: assigning writes the report, its history and its mail together; the same organisation again changes nothing', async () => {
    const store = storeOf();
    assert.equal(await store.reports.assign('WFAAAAAA', 'wf-samana', { at: T0 + 1, actorId: null, actor: 'routing', detail: 'rule:1', mail: [mail('WFAAAAAA', 'a@samana.example'), mail('WFAAAAAA', 'b@samana.example')] }), true);
    const assigned = await store.reports.findByReference('WFAAAAAA');
    assert.deepEqual([assigned?.status, assigned?.organisation_id, assigned?.assigned_at, assigned?.assigned_by], ['assigned', 'wf-samana', T0 + 1, 'routing']);
    const queued = await store.outbox.forReference('WFAAAAAA');
    assert.deepEqual(queued.map((m) => [m.recipient, m.kind, m.attempts, m.sent_at, m.next_attempt_at]), [
      ['a@samana.example', 'notice', 0, null, T0 + 1],
      ['b@samana.example', 'notice', 0, null, T0 + 1],
    ]);
    assert.equal(await store.reports.assign('WFAAAAAA', 'wf-samana', { at: T0 + 2, ...COORDINATOR, mail: [mail('WFAAAAAA', 'c@samana.example')] }), false);
    assert.equal((await store.outbox.forReference('WFAAAAAA')).length, 2, 'no mail for an assignment that changed nothing');
    assert.equal(await store.reports.assign('NOSUCHRF', 'wf-samana', { at: T0 + 2, ...COORDINATOR, mail: [mail('NOSUCHRF', 'x@example.org')] }), false);
    assert.equal((await store.outbox.forReference('NOSUCHRF')).length, 0);
    assert.equal(await store.reports.assign('WFAAAAAA', 'wf-jeugd', { at: T0 + 3, ...COORDINATOR, mail: [] }), true, 'reassigned');
    const history = await store.reports.history('WFAAAAAA');
    assert.deepEqual(history.map((h) => [h.action, h.actor, h.from_status, h.to_status, h.organisation_id, h.detail]), [
      ['assign', 'routing', 'new', 'assigned', 'wf-samana', 'rule:1'],
      ['assign', COORDINATOR.actor, 'assigned', 'assigned', 'wf-jeugd', null],
    ]);
  });

  test('workflow: a failing assignment (unknown organisation) leaves no mail and no history', async () => {
    const store = storeOf();
    await report('wf-2', 'WFBBBBBB', T0 + HOUR);
    await assert.rejects(store.reports.assign('WFBBBBBB', 'no-such-organisation', { at: T0, ...COORDINATOR, mail: [mail('WFBBBBBB', 'x@example.org')] }));
    assert.equal((await store.outbox.forReference('WFBBBBBB')).length, 0);
    assert.equal((await store.reports.history('WFBBBBBB')).length, 0);
    assert.equal((await store.reports.workflow('WFBBBBBB'))?.status, 'new');
  });

  test('workflow: contacted, then closed with an outcome, with who and when; no other transition', async () => {
    const store = storeOf();
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: 'closed', at: T0 + 4, ...ACTOR }), false, 'closing needs an outcome');
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: /** @type {any} */ ('assigned'), at: T0 + 4, ...ACTOR }), false);
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: 'contacted', at: T0 + 5 * HOUR, ...ACTOR }), true);
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: 'contacted', at: T0 + 6 * HOUR, ...ACTOR }), false, 'contacted once');
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: 'closed', at: T0 + 7 * HOUR, outcome: 'not-reachable', tries: 3, ...ACTOR }), true);
    const closed = await store.reports.findByReference('WFAAAAAA');
    assert.deepEqual(
      [closed?.status, closed?.contacted_at, closed?.contacted_by, closed?.closed_at, closed?.closed_by, closed?.outcome, closed?.tries],
      ['closed', T0 + 5 * HOUR, ACTOR.actor, T0 + 7 * HOUR, ACTOR.actor, 'not-reachable', 3],
    );
    assert.equal(await store.reports.setStatus('WFAAAAAA', { status: 'closed', at: T0 + 8 * HOUR, outcome: 'reached', ...ACTOR }), false, 'closed stays closed');
    assert.equal(await store.reports.assign('WFAAAAAA', 'wf-samana', { at: T0 + 8 * HOUR, ...COORDINATOR, mail: [] }), false, 'a closed report is not reassigned');
    const history = await store.reports.history('WFAAAAAA');
    assert.deepEqual(history.slice(2).map((h) => [h.action, h.actor_id, h.from_status, h.to_status, h.detail, h.at]), [
      ['status', ACTOR.actorId, 'assigned', 'contacted', null, T0 + 5 * HOUR],
      ['status', ACTOR.actorId, 'contacted', 'closed', 'not-reachable:3', T0 + 7 * HOUR],
    ]);
    const status = await store.reports.workflow('WFAAAAAA');
    assert.deepEqual([status?.status, status?.outcome, status?.contacted_at, status?.closed_at], ['closed', 'not-reachable', T0 + 5 * HOUR, T0 + 7 * HOUR]);
  });

  test('workflow: a new report can be closed straight away (e.g. entered twice); tries only with not-reachable', async () => {
    const store = storeOf();
    await report('wf-3', 'WFCCCCCC', T0 + 2 * HOUR);
    assert.equal(await store.reports.setStatus('WFCCCCCC', { status: 'closed', at: T0 + 3 * HOUR, outcome: 'referred', tries: 4, ...COORDINATOR }), true);
    const closed = await store.reports.findByReference('WFCCCCCC');
    assert.deepEqual([closed?.status, closed?.contacted_at, closed?.outcome, closed?.tries], ['closed', null, 'referred', null]);
  });

  test('workflow: escalation is claimed once per report, only while nobody called, with its mail in the same transaction', async () => {
    const store = storeOf();
    await report('wf-4', 'WFDDDDDD', T0 - 30 * HOUR);
    await report('wf-5', 'WFEEEEEE', T0 - 30 * HOUR + 1);
    await store.reports.setStatus('WFEEEEEE', { status: 'contacted', at: T0 - 29 * HOUR, ...COORDINATOR });
    const candidates = (await store.reports.escalationCandidates(T0 - 20 * HOUR)).filter((c) => c.reference.startsWith('WF'));
    assert.deepEqual(candidates.map((c) => c.reference), ['WFDDDDDD'], 'contacted, closed and young reports are no candidates');
    const claims = await Promise.all([1, 2, 3].map(() => store.reports.claimEscalation('WFDDDDDD', T0, [mail('WFDDDDDD', 'coordinator@example.org', 'escalation')])));
    assert.deepEqual(claims.filter(Boolean).length, 1);
    assert.equal((await store.outbox.forReference('WFDDDDDD')).filter((m) => m.kind === 'escalation').length, 1);
    assert.equal((await store.reports.workflow('WFDDDDDD'))?.escalated_at, T0);
    assert.ok(!(await store.reports.escalationCandidates(T0)).some((c) => c.reference === 'WFDDDDDD'), 'claimed: no longer a candidate');
    assert.equal(await store.reports.claimEscalation('WFEEEEEE', T0, [mail('WFEEEEEE', 'coordinator@example.org', 'escalation')]), false, 'contacted: no escalation');
    assert.deepEqual((await store.reports.history('WFDDDDDD')).map((h) => [h.action, h.actor]), [['escalate', 'system']]);
  });

  test('workflow: the outbox hands each due mail to one worker, retries after a failure, counts the failing', async () => {
    const store = storeOf();
    await store.outbox.enqueue([mail(null, 'one@example.org'), mail(null, 'two@example.org')].map((m) => ({ ...m, reference: 'WFOUTBOX' })), T0);
    const [first, second] = await Promise.all([store.outbox.claim(T0, { leaseMs: 60_000, limit: 100 }), store.outbox.claim(T0, { leaseMs: 60_000, limit: 100 })]);
    const mine = [...(first ?? []), ...(second ?? [])].filter((m) => m.reference === 'WFOUTBOX');
    assert.equal(mine.length, 2, 'each mail claimed by one worker only');
    assert.equal((await store.outbox.claim(T0 + 1000, { leaseMs: 60_000, limit: 100 })).filter((m) => m.reference === 'WFOUTBOX').length, 0, 'held while leased');
    const [one, two] = /** @type {import('../src/store/contract.mjs').OutboxRow[]} */ (mine.sort((a, b) => a.recipient.localeCompare(b.recipient)));
    const failuresBefore = await store.outbox.failing();
    await store.outbox.markSent(/** @type {any} */ (one).id, T0 + 2000);
    await store.outbox.markFailed(/** @type {any} */ (two).id, { at: T0 + 2000, error: 'connect ECONNREFUSED', nextAttemptAt: T0 + 62_000 });
    assert.equal(await store.outbox.failing(), failuresBefore + 1);
    assert.equal((await store.outbox.claim(T0 + 61_000, { leaseMs: 60_000, limit: 100 })).filter((m) => m.reference === 'WFOUTBOX').length, 0, 'not before its next attempt');
    const retry = (await store.outbox.claim(T0 + 62_000, { leaseMs: 60_000, limit: 100 })).filter((m) => m.reference === 'WFOUTBOX');
    assert.deepEqual(retry.map((m) => [m.recipient, m.attempts, m.last_error]), [['two@example.org', 1, 'connect ECONNREFUSED']]);
    await store.outbox.markSent(/** @type {any} */ (retry[0]).id, T0 + 63_000);
    assert.equal(await store.outbox.failing(), failuresBefore);
    const rows = await store.outbox.forReference('WFOUTBOX');
    assert.deepEqual(rows.map((m) => [m.recipient, m.attempts, m.sent_at]), [['one@example.org', 1, T0 + 2000], ['two@example.org', 2, T0 + 63_000]]);
    await store.outbox.enqueue([{ ...mail(null, 'three@example.org'), reference: 'WFOUTBOX' }], T0);
    assert.equal(await store.outbox.purge(T0 + 3000), 1, 'only mails sent before the moment');
    assert.deepEqual((await store.outbox.forReference('WFOUTBOX')).map((m) => m.recipient), ['two@example.org', 'three@example.org'], 'unsent mail is never purged');
  });

  test('workflow: notes are stored (as given), listed oldest first, and deleted when the report is erased', async () => {
    const store = storeOf();
    await report('wf-6', 'WFFFFFFF', T0);
    assert.equal(await store.notes.add({ id: 'note-2', reference: 'WFFFFFFF', at: T0 + 2, author_id: 8, author: ACTOR.actor, text: 'enc:second' }), true);
    assert.equal(await store.notes.add({ id: 'note-1', reference: 'WFFFFFFF', at: T0 + 1, author_id: 8, author: ACTOR.actor, text: 'enc:first' }), true);
    assert.equal(await store.notes.add({ id: 'note-x', reference: 'NOSUCHRF', at: T0, author_id: 8, author: ACTOR.actor, text: 'x' }), false);
    assert.deepEqual((await store.notes.list('WFFFFFFF')).map((n) => [n.id, n.reference, n.text, n.author]), [['note-1', 'WFFFFFFF', 'enc:first', ACTOR.actor], ['note-2', 'WFFFFFFF', 'enc:second', ACTOR.actor]]);
    await store.notes.updateText('note-1', 'enc:rotated');
    assert.ok((await store.notes.personalFields()).some((n) => n.id === 'note-1' && n.text === 'enc:rotated'));
    assert.equal(await store.reports.erase('WFFFFFFF', T0 + 3, 'other'), true);
    assert.deepEqual(await store.notes.list('WFFFFFFF'), []);
    assert.ok(!(await store.notes.personalFields()).some((n) => n.id === 'note-1'));
    assert.equal(await store.notes.add({ id: 'note-3', reference: 'WFFFFFFF', at: T0 + 4, author_id: 8, author: ACTOR.actor, text: 'late' }), false, 'no notes on an erased report');
    assert.equal((await store.reports.workflow('WFFFFFFF'))?.erased, true);
  });

  test('workflow: urgency order: overdue open reports first (most overdue first), then open by deadline, then the rest newest first', async () => {
    const store = storeOf();
    await store.organisations.create({ id: 'wf-order', name: 'Order', created_at: 0 });
    const now = T0 + 100 * HOUR;
    const made = [
      ['wf-o1', 'WFORDERA', now - 30 * HOUR], // overdue by 6 h
      ['wf-o2', 'WFORDERB', now - 50 * HOUR], // overdue by 26 h
      ['wf-o3', 'WFORDERC', now - 2 * HOUR], // open, due in 22 h
      ['wf-o4', 'WFORDERD', now - 10 * HOUR], // open, due in 14 h
      ['wf-o5', 'WFORDERE', now - 60 * HOUR], // contacted (old)
      ['wf-o6', 'WFORDERF', now - 1 * HOUR], // closed (newest)
    ];
    for (const [id, reference, at] of made) {
      await report(/** @type {string} */ (id), /** @type {string} */ (reference), /** @type {number} */ (at));
      await store.reports.assign(/** @type {string} */ (reference), 'wf-order', { at: now, ...COORDINATOR, mail: [] });
    }
    await store.reports.setStatus('WFORDERE', { status: 'contacted', at: now, ...ACTOR });
    await store.reports.setStatus('WFORDERF', { status: 'closed', at: now, outcome: 'reached', ...ACTOR });
    const { rows, total } = await store.reports.list({ organisationId: 'wf-order', limit: 10, offset: 0, order: 'urgency', now });
    assert.equal(total, 6);
    assert.deepEqual(rows.map((r) => r.reference), ['WFORDERB', 'WFORDERA', 'WFORDERD', 'WFORDERC', 'WFORDERF', 'WFORDERE']);
    const second = await store.reports.list({ organisationId: 'wf-order', limit: 2, offset: 2, order: 'urgency', now });
    assert.deepEqual(second.rows.map((r) => r.reference), ['WFORDERD', 'WFORDERC'], 'pages follow the same order');
  });

  test('workflow: routing of a new report is claimed once, assigning it (or not) with its mail in the same transaction', async () => {
    const store = storeOf();
    await report('wf-t1', 'WFTRIAGA', T0 + 200 * HOUR);
    await report('wf-t2', 'WFTRIAGB', T0 + 200 * HOUR + 1);
    const waiting = await store.reports.untriaged(1000);
    assert.ok(waiting.includes('WFTRIAGA') && waiting.includes('WFTRIAGB'));
    assert.ok(waiting.indexOf('WFTRIAGA') < waiting.indexOf('WFTRIAGB'), 'oldest first');
    const routed = { at: T0 + 200 * HOUR + 5, actorId: null, actor: 'routing', organisationId: 'wf-samana', detail: 'rule:0', mail: [mail('WFTRIAGA', 'a@samana.example')] };
    const wins = await Promise.all([store.reports.triage('WFTRIAGA', routed), store.reports.triage('WFTRIAGA', routed)]);
    assert.deepEqual(wins.sort(), [false, true]);
    assert.equal((await store.outbox.forReference('WFTRIAGA')).length, 1, 'one notice, not one per receiver');
    const assigned = await store.reports.findByReference('WFTRIAGA');
    assert.deepEqual([assigned?.status, assigned?.organisation_id, assigned?.assigned_by, assigned?.triaged_at], ['assigned', 'wf-samana', 'routing', T0 + 200 * HOUR + 5]);
    assert.deepEqual((await store.reports.history('WFTRIAGA')).map((h) => [h.action, h.actor, h.detail]), [['assign', 'routing', 'rule:0']]);
    assert.equal(await store.reports.triage('WFTRIAGB', { ...routed, organisationId: null, detail: null, mail: [mail('WFTRIAGB', 'coordinator@example.org')] }), true);
    const waitingForCoordinator = await store.reports.findByReference('WFTRIAGB');
    assert.deepEqual([waitingForCoordinator?.status, waitingForCoordinator?.organisation_id], ['new', null]);
    assert.deepEqual((await store.outbox.forReference('WFTRIAGB')).map((m) => m.recipient), ['coordinator@example.org']);
    const after = await store.reports.untriaged(1000);
    assert.ok(!after.includes('WFTRIAGA') && !after.includes('WFTRIAGB'));
  });

  test('workflow: routing never overrides a coordinator who was quicker, nor mails about a closed report', async () => {
    const store = storeOf();
    await report('wf-t3', 'WFTRIAGC', T0 + 300 * HOUR);
    await report('wf-t4', 'WFTRIAGD', T0 + 300 * HOUR + 1);
    await store.reports.assign('WFTRIAGC', 'wf-jeugd', { at: T0 + 300 * HOUR + 2, ...COORDINATOR, mail: [] });
    await store.reports.setStatus('WFTRIAGD', { status: 'closed', at: T0 + 300 * HOUR + 2, outcome: 'referred', ...COORDINATOR });
    const routed = { at: T0 + 300 * HOUR + 3, actorId: null, actor: 'routing', organisationId: 'wf-samana', detail: 'rule:0' };
    assert.equal(await store.reports.triage('WFTRIAGC', { ...routed, mail: [mail('WFTRIAGC', 'a@samana.example')] }), true);
    assert.equal(await store.reports.triage('WFTRIAGD', { ...routed, mail: [mail('WFTRIAGD', 'a@samana.example')] }), true);
    assert.equal((await store.reports.workflow('WFTRIAGC'))?.organisation_id, 'wf-jeugd', 'the coordinator\'s choice stays');
    assert.deepEqual([(await store.reports.workflow('WFTRIAGD'))?.status, (await store.reports.workflow('WFTRIAGD'))?.organisation_id], ['closed', null]);
    assert.deepEqual(await store.outbox.forReference('WFTRIAGC'), []);
    assert.deepEqual(await store.outbox.forReference('WFTRIAGD'), []);
    const waiting = await store.reports.untriaged(1000);
    assert.ok(!waiting.includes('WFTRIAGC') && !waiting.includes('WFTRIAGD'), 'claimed all the same');
  });
}
