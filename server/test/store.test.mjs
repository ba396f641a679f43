/**
 * The store: its contract (run for the store under test, STORE=sqlite or STORE=pg, so
 * both adapters get the same checks), and what is particular to each: the SQLite file
 * (under STORE=sqlite only), the PostgreSQL migrations, transport and backup (under STORE=pg only).
 */
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../src/store/index.mjs';
import { SCHEMA_VERSION } from '../src/store/sqlite/migrations.mjs';
import { checkTransportSecurity } from '../src/store/pg/open.mjs';
import { SCHEMA_VERSION as PG_SCHEMA_VERSION } from '../src/store/pg/migrations.mjs';
import { STORE, freshDatabase, postgresUrl } from './database.mjs';
import { workflowContract } from './store-workflow.mjs';

const run = promisify(execFile);

/** The store adapter under test, opened on a fresh database. */
const ADAPTERS = [
  {
    name: STORE,
    async open() {
      const database = await freshDatabase();
      const store = openStore(database.location);
      return { store, cleanup: async () => { await store.close(); await database.drop(); } };
    },
  },
];

/** Who changes reports in these tests. */
const BY = { actorId: 1, actor: 'coordinator@example.org' };

/** @param {string} id @param {Partial<import('../src/store/contract.mjs').ReportRow>} [overrides] */
const reportRow = (id, overrides = {}) => ({
  id,
  received_at: Date.parse('2026-03-10T09:00:00Z'),
  month: '2026-03',
  format: /** @type {const} */ ('json'),
  partner: 'samana',
  age_group: '65-plus',
  about: 'other',
  lang: 'nl',
  area: 'Muizen',
  page: null,
  fill_ms: 30000,
  payload: '{"phone":"015 12 34 56"}',
  body_hash: 'hash-1',
  ...overrides,
});

for (const adapter of ADAPTERS) {
  describe(`store contract: ${adapter.name}`, () => {
    /** @type {Awaited<ReturnType<typeof adapter.open>>} */
    let opened;
    /** @type {import('../src/store/contract.mjs').Store} */
    let store;
    before(async () => {
      opened = await adapter.open();
      store = opened.store;
    });
    after(() => opened.cleanup());

    test('a report and its answer are stored together; the same id is never stored twice', async () => {
      const claim = await store.idempotency.claim('key-1', 'fp-1', 1000);
      assert.deepEqual(claim, { kind: 'new' });
      const created = await store.reports.create(reportRow('id-1'), { key: 'key-1', newReference: () => 'REFAAAAA', answer: (reference) => ({ status: 201, body: reference }) });
      assert.deepEqual(created, { created: true, reference: 'REFAAAAA', status: 201, body: 'REFAAAAA' });
      assert.deepEqual(await store.idempotency.claim('key-1', 'fp-1', 2000), { kind: 'done', status: 201, body: 'REFAAAAA', fingerprint: 'fp-1' });
      const again = await store.reports.create(reportRow('id-1'), { key: null, newReference: () => 'REFBBBBB', answer: () => ({ status: 201, body: '' }) });
      assert.equal(again.created, false);
      assert.equal(again.created === false && again.existing.reference, 'REFAAAAA');
      assert.equal(await store.reports.count(), 1);
    });

    test('a taken reference is never given twice', async () => {
      const references = ['REFAAAAA', 'REFAAAAA', 'REFCCCCC'];
      const created = await store.reports.create(reportRow('id-2'), { key: null, newReference: () => /** @type {string} */ (references.shift()), answer: () => ({ status: 201, body: '' }) });
      assert.equal(created.created && created.reference, 'REFCCCCC');
    });

    test('keys: in progress, taken over when stale, free again after a window, re-opened after a 422 for another body', async () => {
      assert.equal((await store.idempotency.claim('k', 'a', 0)).kind, 'new');
      assert.deepEqual(await store.idempotency.claim('k', 'b', 1000), { kind: 'in-progress', fingerprint: 'a' });
      assert.equal((await store.idempotency.claim('k', 'a', 200_000)).kind, 'new', 'a holder silent for minutes died');
      await store.idempotency.complete('k', 422, '{}');
      assert.equal((await store.idempotency.claim('k', 'a', 200_001)).kind, 'done');
      assert.equal((await store.idempotency.claim('k', 'c', 200_002)).kind, 'new', 'corrected after a 422');
      await store.idempotency.complete('k', 201, '{}');
      assert.equal((await store.idempotency.claim('k', 'c', 300_000, { windowMs: 60_000 })).kind, 'new', 'older than the window');
      assert.equal((await store.idempotency.claim('k', 'c', 300_001, { windowMs: 60_000 })).kind, 'in-progress');
      await store.idempotency.release('k');
      assert.equal((await store.idempotency.claim('k', 'c', 300_002, { windowMs: 60_000 })).kind, 'new', 'released: free again');
    });

    test('lists are newest first, per organisation, with the total', async () => {
      await store.organisations.create({ id: 'samana', name: 'Samana', created_at: 0 });
      for (let i = 0; i < 5; i += 1) {
        await store.reports.create(reportRow(`list-${i}`, { received_at: 10_000 + i }), { key: null, newReference: () => `LIST${'ABCDE'[i]}AAA`, answer: () => ({ status: 201, body: '' }) });
      }
      assert.equal(await store.reports.assign('LISTBAAA', 'samana', { at: 1, ...BY, mail: [] }), true);
      assert.equal(await store.reports.assign('LISTDAAA', 'samana', { at: 1, ...BY, mail: [] }), true);
      const samana = await store.reports.list({ organisationId: 'samana', limit: 10, offset: 0 });
      assert.deepEqual(samana.rows.map((row) => row.reference), ['LISTDAAA', 'LISTBAAA']);
      assert.equal(samana.total, 2);
      const page = await store.reports.list({ organisationId: null, limit: 2, offset: 1 });
      assert.equal(page.rows.length, 2);
      assert.ok(page.total >= 7);
    });

    test('status: assigned on assignment, contacted, closed with an outcome; nothing after closing or erasure', async () => {
      assert.equal((await store.reports.findByReference('LISTBAAA'))?.status, 'assigned');
      assert.equal(await store.reports.setStatus('LISTBAAA', { status: 'contacted', at: 5, ...BY }), true);
      assert.equal(await store.reports.setStatus('LISTBAAA', { status: 'closed', at: 6, outcome: 'reached', ...BY }), true);
      const closed = await store.reports.findByReference('LISTBAAA');
      assert.deepEqual([closed?.status, closed?.contacted_at, closed?.closed_at, closed?.outcome], ['closed', 5, 6, 'reached']);
      assert.equal(await store.reports.setStatus('LISTBAAA', { status: 'contacted', at: 7, ...BY }), false);
      assert.equal(await store.reports.assign('LISTBAAA', 'other-org', { at: 8, ...BY, mail: [] }), false);
    });

    test('erasure clears every personal field, once, and forgets the key\'s fingerprint', async () => {
      assert.equal((await store.idempotency.claim('key-1', 'fp-1', 3000)).kind, 'done', 'the key of the stored report');
      assert.equal(await store.reports.erase('REFAAAAA', 99, 'other'), true);
      const erased = await store.reports.findByReference('REFAAAAA');
      for (const field of ['about', 'lang', 'area', 'page', 'fill_ms', 'payload', 'body_hash']) assert.equal(erased?.[/** @type {'area'} */ (field)], null, field);
      assert.deepEqual([erased?.partner, erased?.age_group, erased?.erased_at, erased?.erasure_reason], ['samana', '65-plus', 99, 'other']);
      assert.equal(await store.reports.erase('REFAAAAA', 100, 'other'), false);
      assert.equal((await store.idempotency.claim('key-1', 'fp-1', 3001)).kind, 'new', 'its answer and fingerprint are gone');
      const candidates = (await store.reports.erasureCandidates(Number.MAX_SAFE_INTEGER)).map((row) => row.reference);
      assert.ok(!candidates.includes('REFAAAAA'));
      assert.ok(candidates.includes('LISTBAAA'));
    });

    test('events add to the running counts', async () => {
      const event = { name: 'eh-view', partner: 'samana', lang: 'nl', site: 'https://a.example', path: '/', visible: null, kind: null, resource_type: null, results: null, route: null };
      await store.events.insert(event, 0, '2026-03');
      await store.events.insert(event, 0, '2026-03');
      await store.events.insert({ ...event, name: 'eh-route', route: 'self' }, 0, '2026-03');
      const [counts] = await store.reach.eventCounts('2026-03');
      assert.equal(counts.views, 2);
      assert.equal(counts.routeSelf, 1);
      assert.deepEqual(await store.reach.siteViews('2026-03'), [{ partner: 'samana', month: '2026-03', site: 'https://a.example', views: 2 }]);
      assert.equal(await store.events.count(), 3);
      await store.events.insertMany([
        { event, receivedAt: 0, month: '2026-04' },
        { event: { ...event, name: 'eh-visible', visible: '>2m' }, receivedAt: 0, month: '2026-04' },
      ]);
      assert.equal((await store.reach.eventCounts('2026-04'))[0].views, 1);
      assert.deepEqual(await store.reach.visibleBuckets('2026-04'), [{ partner: 'samana', month: '2026-04', visible: '>2m', count: 1 }]);
    });

    test('accounts: lockout counting is atomic and resets on lock; a TOTP step is used once', async () => {
      const account = await store.accounts.create({ email: 'Co@Stad.example', name: 'Co', role: 'coordinator', organisation_id: null, created_at: 0 });
      assert.equal((await store.accounts.findByEmail('co@stad.EXAMPLE'))?.id, account.id, 'e-mail addresses match without case');
      const policy = { maxFailures: 3, lockMs: 1000 };
      assert.deepEqual(await store.accounts.recordFailure(account.id, 10, policy), { lockedUntil: null });
      assert.deepEqual(await store.accounts.recordFailure(account.id, 11, policy), { lockedUntil: null });
      assert.deepEqual(await store.accounts.recordFailure(account.id, 12, policy), { lockedUntil: 1012 });
      assert.equal((await store.accounts.findById(account.id))?.failed_attempts, 0);
      assert.equal(await store.accounts.useTotpStep(account.id, 50), true);
      assert.equal(await store.accounts.useTotpStep(account.id, 50), false);
      assert.equal(await store.accounts.useTotpStep(account.id, 49), false);
      assert.equal(await store.accounts.useTotpStep(account.id, 51), true);
      await assert.rejects(store.accounts.create({ email: 'x@y.example', name: 'X', role: 'local-actor', organisation_id: null, created_at: 0 }), /CHECK/i);
    });

    test('set-up tokens: one at a time, until they expire', async () => {
      const account = await store.accounts.create({ email: 'new@stad.example', name: 'New', role: 'admin', organisation_id: null, created_at: 0 });
      await store.accounts.addSetupToken('hash-1', account.id, 100);
      await store.accounts.addSetupToken('hash-2', account.id, 100);
      assert.equal(await store.accounts.findBySetupToken('hash-1', 50), undefined, 'an earlier token stops working');
      assert.equal((await store.accounts.findBySetupToken('hash-2', 50))?.id, account.id);
      assert.equal(await store.accounts.findBySetupToken('hash-2', 100), undefined);
    });

    test('sessions and audit', async () => {
      await store.sessions.set('h1', '{"accountId":1}', 1, 10);
      await store.sessions.set('h1', '{"accountId":1,"x":2}', 1, 20);
      assert.deepEqual(await store.sessions.get('h1'), { data: '{"accountId":1,"x":2}', account_id: 1, created_at: 10, last_seen_at: 20 });
      await store.sessions.set('h2', '{}', null, 30);
      assert.equal(await store.sessions.purge(25, 0), 1);
      assert.equal(await store.sessions.get('h1'), undefined);
      await store.audit.record({ at: 1, actor_id: null, actor: 'system', action: 'erase', reference: 'R1' });
      await store.audit.record({ at: 2, actor_id: null, actor: 'system', action: 'erase', reference: 'R2' });
      assert.deepEqual((await store.audit.list({ reference: 'R2', limit: 10, offset: 0 })).rows.map((row) => row.reference), ['R2']);
      assert.equal(await store.audit.purge(2), 1);
    });

    test('settings: setIfAbsent keeps the first value, whoever asks second', async () => {
      const [a, b] = await Promise.all([store.settings.setIfAbsent('secret', 'first'), store.settings.setIfAbsent('secret', 'second')]);
      assert.equal(a, b, 'both callers get the one stored value');
      assert.equal(await store.settings.get('secret'), a);
      assert.equal(await store.settings.setIfAbsent('secret', 'third'), a);
      await store.settings.set('secret', 'replaced');
      assert.equal(await store.settings.get('secret'), 'replaced');
    });
    workflowContract(() => store);
  });
}

// The SQLite file itself: only under STORE=sqlite (the PostgreSQL run has its own checks below).
if (STORE === 'sqlite') describe('the SQLite file', () => {
  /** @type {string} */
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-file-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('created readable by its owner only (0600, also -wal and -shm), in a 0700 folder', async () => {
    const path = join(dir, 'new', 'reports.sqlite');
    const store = openStore(path);
    await store.events.insert({ name: 'eh-view', partner: null, lang: 'nl', site: 'https://a.example', path: '/', visible: null, kind: null, resource_type: null, results: null, route: null }, 0, '2026-03');
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, 'new')).mode & 0o777, 0o700);
    for (const suffix of ['-wal', '-shm']) {
      assert.ok(existsSync(path + suffix), suffix);
      assert.equal(statSync(path + suffix).mode & 0o777, 0o600, suffix);
    }
    await store.close();
  });

  test('an existing world-readable file is narrowed to 0600', async () => {
    const path = join(dir, 'old.sqlite');
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    const store = openStore(path);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    await store.close();
  });

  test('WAL and synchronous=FULL on every open, also after a restart', async () => {
    const path = join(dir, 'pragmas.sqlite');
    for (let round = 0; round < 2; round += 1) {
      const store = /** @type {any} */ (openStore(path));
      assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(store.db.pragma('synchronous', { simple: true }), 2, 'FULL');
      assert.equal(store.db.pragma('secure_delete', { simple: true }), 1);
      assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
      await store.close();
    }
  });

  test('a database of the first receiver is migrated without losing a report', async () => {
    const path = join(dir, 'v0.sqlite');
    const old = new Database(path);
    old.exec(`
      CREATE TABLE reports (id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, received_at INTEGER NOT NULL, about TEXT, age_group TEXT, area TEXT,
        partner TEXT, lang TEXT, page TEXT, fill_ms INTEGER, format TEXT NOT NULL CHECK (format IN ('json', 'open311')), payload TEXT NOT NULL);
      CREATE INDEX reports_received_at ON reports (received_at DESC);
      CREATE TABLE idempotency (key TEXT PRIMARY KEY, state TEXT NOT NULL, status INTEGER, body TEXT, created_at INTEGER NOT NULL, fingerprint TEXT);
      CREATE TABLE events (name TEXT NOT NULL, partner TEXT, lang TEXT NOT NULL, site TEXT NOT NULL, path TEXT NOT NULL, visible TEXT, kind TEXT,
        resource_type TEXT, results TEXT, route TEXT, month TEXT NOT NULL, received_at INTEGER NOT NULL);
      CREATE INDEX events_month ON events (month, partner);
      INSERT INTO reports VALUES ('u1', 'OLDREFAA', ${Date.parse('2026-10-31T23:30:00Z')}, 'self', '65-plus', 'Muizen', 'samana', 'nl', NULL, 30000, 'json', '{"phone":"015"}');
      INSERT INTO events VALUES ('eh-view', 'samana', 'nl', 'https://a.example', '/', NULL, NULL, NULL, NULL, NULL, '2026-10', 0);
      INSERT INTO events VALUES ('eh-view', 'samana', 'nl', 'https://a.example', '/', NULL, NULL, NULL, NULL, NULL, '2026-10', 0);
    `);
    old.close();
    const store = /** @type {any} */ (openStore(path));
    assert.equal(store.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    const row = await store.reports.findByReference('OLDREFAA');
    assert.deepEqual([row.month, row.status, row.payload, row.area], ['2026-11', 'new', '{"phone":"015"}', 'Muizen'], 'month in Brussels time, the report as it was');
    const [counts] = await store.reach.eventCounts('2026-10');
    assert.equal(counts.views, 2, 'running counts built from the old events');
    await store.close();
  });

  test('backup: a consistent copy, readable by the owner only', async () => {
    const path = join(dir, 'live.sqlite');
    const store = openStore(path);
    await store.reports.create(reportRow('b1'), { key: null, newReference: () => 'BACKUPAA', answer: () => ({ status: 201, body: '' }) });
    const copy = join(dir, 'backup.sqlite');
    await store.backup(copy);
    assert.equal(statSync(copy).mode & 0o777, 0o600);
    const restored = openStore(copy);
    assert.equal((await restored.reports.findByReference('BACKUPAA'))?.payload, '{"phone":"015 12 34 56"}');
    await restored.close();
    await store.close();
    assert.ok(readFileSync(copy).length > 0);
  });
});

describe('a PostgreSQL URL', () => {
  test('a database on another machine without sslmode is refused with what to add; loopback, a socket or an explicit sslmode is taken', () => {
    assert.throws(() => checkTransportSecurity('postgres://meldpunt@db.stad.example/meldpunt'), /DATABASE_URL points to db\.stad\.example without sslmode: add \?sslmode=verify-full/);
    for (const url of [
      'postgres://meldpunt@db.stad.example/meldpunt?sslmode=verify-full',
      'postgres://meldpunt@10.0.0.5/meldpunt?sslmode=disable',
      'postgres://meldpunt@localhost/meldpunt',
      'postgresql://meldpunt@127.0.0.1:5433/meldpunt',
      'postgres://meldpunt@[::1]/meldpunt',
      'postgres://meldpunt@/meldpunt?host=%2Fvar%2Frun%2Fpostgresql',
    ]) assert.doesNotThrow(() => checkTransportSecurity(url), url);
  });
});

// PostgreSQL's own: migrations, backup. Only under STORE=pg (scripts/test-server-pg.mjs).
if (STORE === 'pg') describe('the PostgreSQL database', () => {
  test('receivers starting together migrate it once: one schema_version row per migration, every store ready', async () => {
    const database = await freshDatabase();
    const stores = Array.from({ length: 4 }, () => /** @type {any} */ (openStore(database.location)));
    try {
      await Promise.all(stores.map((store) => store.ready));
      const { rows } = await stores[0].pool.query('SELECT version FROM schema_version ORDER BY version');
      assert.deepEqual(rows.map((/** @type {any} */ row) => row.version), Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
      assert.equal(await stores[3].reports.count(), 0);
    } finally {
      for (const store of stores) await store.close();
      await database.drop();
    }
  });

  test('backup: pg_dump of one snapshot, readable by the owner only, restores with pg_restore into a new database', async () => {
    const database = await freshDatabase();
    const store = openStore(database.location);
    const target = `receiver_restore_${process.pid}`;
    try {
      await store.reports.create(reportRow('b1'), { key: null, newReference: () => 'BACKUPAA', answer: () => ({ status: 201, body: '' }) });
      const copy = join(database.dir, 'backup.dump');
      await store.backup(copy);
      assert.equal(statSync(copy).mode & 0o777, 0o600);
      // As the README says: a new database, pg_restore, the receiver pointed at it.
      await run('createdb', [target]);
      await run('pg_restore', ['--no-owner', `--dbname=${postgresUrl(target)}`, copy]);
      const schema = /search_path%3D(\w+)/.exec(database.location)?.[1];
      const restored = openStore(postgresUrl(target, schema));
      assert.equal((await restored.reports.findByReference('BACKUPAA'))?.payload, '{"phone":"015 12 34 56"}');
      await restored.close();
    } finally {
      await store.close();
      await database.drop();
      await run('dropdb', ['--if-exists', target]);
    }
  });
});

for (const adapter of ADAPTERS) {
  describe(`store contract: ${adapter.name}: the inbox's search`, () => {
    /** @type {Awaited<ReturnType<typeof adapter.open>>} */
    let opened;
    /** @type {import('../src/store/contract.mjs').Store} */
    let store;
    const HOUR = 60 * 60 * 1000;
    const now = Date.parse('2026-03-20T12:00:00Z');
    /**
     * 120 reports, one an hour back from `now`: report i came in i+1 hours ago. Every
     * third is from partner 'ocmw' (else 'samana'); i % 4 === 1 is assigned to samana,
     * i % 4 === 2 to overkop; i % 5 === 3 is contacted and i % 5 === 4 closed (so those
     * are not open).
     * @type {{ reference: string, receivedAt: number, partner: string, organisation: string | null, status: string }[]}
     */
    const spec = [];

    before(async () => {
      opened = await adapter.open();
      store = opened.store;
      await store.organisations.create({ id: 'samana', name: 'Samana', created_at: 0 });
      await store.organisations.create({ id: 'overkop', name: 'Overkop', created_at: 0 });
      for (let i = 0; i < 120; i += 1) {
        const reference = `S${String(i).padStart(3, '0')}AAAA`;
        const receivedAt = now - (i + 1) * HOUR;
        const partner = i % 3 === 0 ? 'ocmw' : 'samana';
        await store.reports.create(reportRow(`search-${i}`, { received_at: receivedAt, partner }), { key: null, newReference: () => reference, answer: () => ({ status: 201, body: '' }) });
        const organisation = i % 4 === 1 ? 'samana' : i % 4 === 2 ? 'overkop' : null;
        if (organisation) await store.reports.assign(reference, organisation, { at: receivedAt + 1, actorId: null, actor: 'test', mail: [] });
        let status = organisation ? 'assigned' : 'new';
        if (i % 5 === 3) {
          await store.reports.setStatus(reference, { status: 'contacted', at: receivedAt + 2, actorId: null, actor: 'test' });
          status = 'contacted';
        } else if (i % 5 === 4) {
          await store.reports.setStatus(reference, { status: 'closed', at: receivedAt + 2, outcome: 'reached', actorId: null, actor: 'test' });
          status = 'closed';
        }
        spec.push({ reference, receivedAt, partner, organisation, status });
      }
    });
    after(() => opened.cleanup());

    const isOpen = (/** @type {{ status: string }} */ s) => s.status === 'new' || s.status === 'assigned';
    const isOverdue = (/** @type {{ status: string, receivedAt: number }} */ s) => isOpen(s) && s.receivedAt + 24 * HOUR < now;
    /** The expected order, written out: overdue (most overdue first), other open (soonest deadline first), the rest newest first. */
    const expectedOrder = (/** @type {typeof spec} */ list) => [
      ...list.filter(isOverdue).sort((a, b) => a.receivedAt - b.receivedAt),
      ...list.filter((s) => isOpen(s) && !isOverdue(s)).sort((a, b) => a.receivedAt - b.receivedAt),
      ...list.filter((s) => !isOpen(s)).sort((a, b) => b.receivedAt - a.receivedAt),
    ].map((s) => s.reference);

    /** Every page of a query, 50 at a time. @param {Omit<import('../src/store/contract.mjs').ReportQuery, 'limit' | 'offset' | 'now'>} query */
    async function allPages(query) {
      const references = [];
      let total = -1;
      for (let offset = 0; total === -1 || offset < total; offset += 50) {
        const result = await store.reports.search({ ...query, now, limit: 50, offset });
        total = result.total;
        assert.ok(result.rows.length <= 50);
        references.push(...result.rows.map((row) => row.reference));
      }
      return { references, total };
    }

    test('without filters: all 120 in pages of 50 (50, 50, 20), overdue first, no report twice or missing', async () => {
      const first = await store.reports.search({ now, limit: 50, offset: 0 });
      assert.equal(first.total, 120);
      assert.equal(first.rows.length, 50);
      assert.equal((await store.reports.search({ now, limit: 50, offset: 100 })).rows.length, 20);
      assert.equal((await store.reports.search({ now, limit: 50, offset: 120 })).rows.length, 0);
      const { references } = await allPages({});
      assert.deepEqual(references, expectedOrder(spec));
      assert.equal(new Set(references).size, 120);
      // The most overdue report (received 120 hours ago, i = 119: open? 119 % 5 = 4: closed) — the
      // first row is the oldest open one: i = 117 (117 % 5 = 2, open; 117 % 4 = 1: samana).
      assert.equal(first.rows[0]?.reference, 'S117AAAA');
    });

    test('limit 0 gives only the total', async () => {
      const result = await store.reports.search({ now, limit: 0, offset: 0, partner: 'ocmw' });
      assert.deepEqual(result, { rows: [], total: spec.filter((s) => s.partner === 'ocmw').length });
    });

    test('each filter, and filters together, give exactly the matching reports in the same order', async () => {
      const cases = [
        [{ statuses: ['closed'] }, (/** @type {any} */ s) => s.status === 'closed'],
        [{ statuses: ['new', 'assigned'] }, isOpen],
        [{ organisationId: 'samana' }, (/** @type {any} */ s) => s.organisation === 'samana'],
        [{ unassigned: true }, (/** @type {any} */ s) => s.organisation === null],
        [{ partner: 'ocmw' }, (/** @type {any} */ s) => s.partner === 'ocmw'],
        [{ overdueAt: now }, isOverdue],
        [{ organisationId: 'overkop', overdueAt: now, partner: 'samana' }, (/** @type {any} */ s) => s.organisation === 'overkop' && isOverdue(s) && s.partner === 'samana'],
        [{ receivedAfter: now - 10 * HOUR }, (/** @type {any} */ s) => s.receivedAt > now - 10 * HOUR],
      ];
      for (const [query, match] of cases) {
        const expected = expectedOrder(spec.filter(/** @type {any} */ (match)));
        assert.ok(expected.length > 0, JSON.stringify(query));
        const { references, total } = await allPages(/** @type {any} */ (query));
        assert.equal(total, expected.length, JSON.stringify(query));
        assert.deepEqual(references, expected, JSON.stringify(query));
      }
    });

    test('partners: distinct and sorted, per organisation', async () => {
      assert.deepEqual(await store.reports.partners(null), ['ocmw', 'samana']);
      assert.deepEqual(await store.reports.partners('overkop'), ['ocmw', 'samana']);
      assert.deepEqual(await store.reports.partners('nobody'), []);
    });
  });
}
