#!/usr/bin/env node
/**
 * The inbox's list in the store: how long one page takes with many reports.
 *
 *   node server/bench/inbox.mjs                 (50,000 reports)
 *   node server/bench/inbox.mjs --reports 200000
 *
 * Seeds a SQLite file through the store (a third assigned to one of 4 organisations, a
 * fifth closed, 6 partners, one report an hour back from now), then times
 * `store.reports.search` for the pages a person asks for: the first page, a page deep
 * in the list, each filter, a local actor's scope, and the new-reports count. Prints the
 * median and the worst of 20 runs each, and SQLite's query plan (which index it uses).
 * Figures, not a test: nothing here passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.mjs';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '50000' } } });
const count = Number(values.reports);
const HOUR = 60 * 60 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'bench-inbox-'));
const store = /** @type {any} */ (openStore(join(dir, 'reports.sqlite')));
const now = Date.now();
const organisations = ['samana', 'overkop', 'jeugddienst', 'wijkteam'];
const partners = ['mechelen', 'samana', 'ocmw', 'overkop', 'bib', 'jeugd'];
try {
  for (const id of organisations) await store.organisations.create({ id, name: id, created_at: 0 });
  const started = performance.now();
  store.db.exec('BEGIN');
  for (let i = 0; i < count; i += 1) {
    const reference = `R${String(i).padStart(7, '0')}`;
    const receivedAt = now - i * HOUR / 10;
    await store.reports.create(
      { id: `bench-${i}`, received_at: receivedAt, month: '2026-01', format: 'json', partner: partners[i % partners.length], age_group: '65-plus', about: 'other', lang: 'nl', area: null, page: null, fill_ms: 1, payload: '{}', body_hash: null },
      { key: null, newReference: () => reference, answer: () => ({ status: 201, body: '' }) },
    );
    if (i % 3 === 0) await store.reports.assign(reference, organisations[i % organisations.length], { at: receivedAt, actorId: null, actor: 'bench', mail: [] });
    if (i % 5 === 4) await store.reports.setStatus(reference, { status: 'closed', at: receivedAt, outcome: 'reached', actorId: null, actor: 'bench' });
  }
  store.db.exec('COMMIT');
  console.log(`seeded ${count.toLocaleString('en')} reports in ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const cases = [
    ['first page, no filter', { now, limit: 50, offset: 0 }],
    ['page 100, no filter', { now, limit: 50, offset: 99 * 50 }],
    ['status closed', { now, limit: 50, offset: 0, statuses: ['closed'] }],
    ['open (new, assigned)', { now, limit: 50, offset: 0, statuses: ['new', 'assigned'] }],
    ['organisation samana (a local actor)', { now, limit: 50, offset: 0, organisationId: 'samana' }],
    ['not assigned', { now, limit: 50, offset: 0, unassigned: true }],
    ['partner ocmw', { now, limit: 50, offset: 0, partner: 'ocmw' }],
    ['overdue', { now, limit: 50, offset: 0, overdueAt: now }],
    ['samana + partner + overdue', { now, limit: 50, offset: 0, organisationId: 'samana', partner: 'samana', overdueAt: now }],
    ['new-reports count (last hour)', { now, limit: 0, offset: 0, receivedAfter: now - HOUR }],
  ];
  console.log('\n| query | rows | total | median | worst of 20 |\n|---|---|---|---|---|');
  for (const [name, query] of cases) {
    const times = [];
    let result;
    for (let run = 0; run < 20; run += 1) {
      const t0 = performance.now();
      result = await store.reports.search(query);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${result.rows.length} | ${result.total.toLocaleString('en')} | ${times[10].toFixed(1)} ms | ${times[19].toFixed(1)} ms |`);
  }
  const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM reports WHERE organisation_id = 'samana' AND partner = 'samana'`).all();
  console.log(`\nquery plan (organisation + partner count): ${plan.map((row) => row.detail).join('; ')}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
