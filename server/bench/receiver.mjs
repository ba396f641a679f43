#!/usr/bin/env node
/**
 * Intake always wins: how long a report POST takes while staff read.
 *
 *   npm run bench:receiver                      (500,000 events, 20 readers, 200 reports)
 *   node server/bench/receiver.mjs --events 100000 --readers 20 --reports 300
 *   node server/bench/receiver.mjs --database-url postgres://…/empty_database   (PostgreSQL)
 *
 * Seeds a SQLite file (or, with --database-url, an empty PostgreSQL database) with reach events (and some reports), starts the receiver as its
 * own process (as a city runs it, with rate limits off so every read really reaches
 * the database), signs a coordinator in, then POSTs reports one after another:
 *  1. with nobody reading;
 *  2. each right after N reads of GET /reach.json were started at once (the case);
 *  3. the same with a mix of the reach page, the inbox and a report export;
 *  4. and 5. as a stress: N readers reading non-stop (2 and 3).
 * Prints p50 / p95 / max of the report POSTs as the client saw them and as the receiver
 * timed them itself (Server-Timing), and of the reads; writes bench-results/receiver.json.
 * The machine's load average is printed too: the figures are only as quiet as the
 * machine. Figures, not a test: nothing here passes or fails.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { hashPassword } from '../src/auth/passwords.mjs';
import { currentTotpCode, newTotpSecret } from '../src/auth/totp.mjs';
import { brusselsMonth } from '../src/reach/month.mjs';
import { openStore } from '../src/store/index.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '500000' },
    readers: { type: 'string', default: '20' },
    reports: { type: 'string', default: '200' },
    'database-url': { type: 'string' },
  },
});
const EVENTS = Number(values.events);
const READERS = Number(values.readers);
const REPORTS = Number(values.reports);
const DATABASE_URL = values['database-url'] ?? null;
const bin = fileURLToPath(new URL('../bin/eenzaamheid-hulp-receiver.mjs', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));

const PARTNERS = ['stad-mechelen', 'samana', 'jeugddienst', 'overkop', null];
const NAMES = ['eh-view', 'eh-view', 'eh-view', 'eh-visible', 'eh-resource-click', 'eh-search', 'eh-route', 'eh-report-start', 'eh-report-success'];

/** One plausible beacon. @param {number} i */
function event(i) {
  const name = /** @type {string} */ (NAMES[i % NAMES.length]);
  return {
    name,
    partner: PARTNERS[i % PARTNERS.length] ?? null,
    lang: 'nl',
    site: `https://site-${i % 60}.example`,
    path: `/pagina-${i % 300}`,
    visible: name === 'eh-visible' ? ['<5s', '5-30s', '30s-2m', '>2m'][i % 4] ?? null : null,
    kind: name === 'eh-resource-click' ? 'tel' : null,
    resource_type: name === 'eh-resource-click' ? (i % 2 ? 'helpline' : 'initiative') : null,
    results: name === 'eh-search' ? '1-3' : null,
    route: name === 'eh-route' ? (i % 2 ? 'self' : 'other') : null,
  };
}

/** @param {number[]} samples */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? NaN) };
}

/** A report as the widget sends it. */
function report() {
  const id = randomUUID();
  return {
    id,
    body: JSON.stringify({
      schemaVersion: 1,
      id,
      about: 'other',
      relation: 'neighbour',
      personKnows: 'yes',
      ageGroup: '65-plus',
      area: 'Nekkerspoel',
      situation: 'Mijn buurvrouw komt al weken niet meer buiten.',
      contactMethod: 'phone',
      phone: '015 12 34 56',
      consent: true,
      partner: 'samana',
      lang: 'nl',
      fillMs: 40000,
      honeypot: '',
      createdAt: new Date().toISOString(),
    }),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-bench-'));
  const dbPath = DATABASE_URL ?? join(dir, 'bench.sqlite');
  const storeName = DATABASE_URL ? 'postgresql' : 'sqlite';
  try {
    // 1. Seed: events spread over a year, a coordinator account.
    const seedStart = performance.now();
    const store = openStore(dbPath);
    if (DATABASE_URL && (await store.events.count()) > 0) throw new Error('--database-url: give an empty database (the benchmark fills it)');
    const now = Date.now();
    const batch = [];
    for (let i = 0; i < EVENTS; i += 1) {
      const at = now - (i % 365) * 86_400_000;
      batch.push({ event: event(i), receivedAt: Math.floor(at / 3_600_000) * 3_600_000, month: brusselsMonth(at) });
      if (batch.length === 50_000 || i === EVENTS - 1) await store.events.insertMany(batch.splice(0));
    }
    const secret = newTotpSecret();
    const password = 'bench-coordinator-wachtwoord';
    const account = await store.accounts.create({ email: 'bench@stad.example', name: 'Bench', role: 'coordinator', organisation_id: null, password_hash: await hashPassword(password), created_at: now });
    await store.accounts.update(account.id, { totp_secret: secret });
    await store.close();
    const seedMs = performance.now() - seedStart;

    // 2. The receiver in its own process.
    const child = spawn(process.execPath, [bin, ...(DATABASE_URL ? ['--database-url', DATABASE_URL] : ['--db', dbPath]), '--port', '0'], {
      env: { ...process.env, RECEIVER_RATE_LIMIT: '1000000', RECEIVER_EVENT_RATE_LIMIT: '1000000', RECEIVER_READ_RATE_LIMIT: '1000000', RECEIVER_MIN_FILL_MS: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const base = await new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const url = /Receiver on (http:\/\/[^\s]+)/.exec(output)?.[1];
        if (url) resolve(url);
      });
      child.on('exit', (code) => reject(new Error(`receiver exited with ${code}: ${output}`)));
    });
    try {
      const cookie = await signIn(base, password, secret);
      /** @type {any} */
      const results = { store: storeName, machine: `${process.platform} ${process.arch}, node ${process.version}`, loadBefore: loadavg().map((load) => Math.round(load * 10) / 10), events: EVENTS, readers: READERS, reports: REPORTS, seedSeconds: Math.round(seedMs / 100) / 10, phases: /** @type {any[]} */ ([]) };

      const quiet = await postReports(base, REPORTS);
      results.phases.push({ phase: 'no reads', posts: stats(quiet.client), postsInReceiver: stats(quiet.server), reads: null });

      const exportRef = await someReference(base);
      const mix = ['/reach', '/inbox', '/inbox.json', `export:${exportRef}`];
      results.phases.push(await inBursts(base, cookie, 'GET /reach.json', ['/reach.json']));
      results.phases.push(await inBursts(base, cookie, 'reach page, inbox, export', mix));
      results.phases.push(await underLoad(base, cookie, 'GET /reach.json', ['/reach.json']));
      results.phases.push(await underLoad(base, cookie, 'reach page, inbox, export', mix));

      results.loadAfter = loadavg().map((load) => Math.round(load * 10) / 10);
      print(results);
      mkdirSync(resultsDir, { recursive: true });
      const file = DATABASE_URL ? 'receiver-postgresql.json' : 'receiver.json';
      writeFileSync(join(resultsDir, file), `${JSON.stringify(results, null, 2)}\n`);
      console.log(`\nWritten to bench-results/${file}`);
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sign in as the bench coordinator; returns the session cookie. */
async function signIn(base, password, secret) {
  /** @type {Map<string, string>} */
  const jar = new Map();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  /** @param {Response} response */
  const keep = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (name) jar.set(name, rest.join('='));
    }
  };
  const token = async (/** @type {string} */ path) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: 'manual' });
    keep(response);
    return /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
  };
  const post = async (/** @type {string} */ path, /** @type {Record<string, string>} */ form) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams(form),
      redirect: 'manual',
    });
    keep(response);
    return response;
  };
  await post('/sign-in', { _csrf: await token('/sign-in'), email: 'bench@stad.example', password, next: '/' });
  const done = await post('/sign-in/code', { _csrf: await token('/sign-in/code'), code: currentTotpCode(secret), next: '/' });
  if (done.status !== 303) throw new Error(`bench sign-in failed: ${done.status}`);
  return cookie();
}

/** @param {string} base */
async function someReference(base) {
  const { id, body } = report();
  const response = await fetch(`${base}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': id }, body });
  return (await response.json()).reference;
}

/**
 * POST reports one after another. Returns each one's milliseconds as the client saw them,
 * and as the receiver reports them in Server-Timing (from the request's arrival to the
 * answer: without this machine's network stack and the client's own scheduling).
 * @param {string} base @param {number} count
 */
async function postReports(base, count) {
  /** @type {number[]} */
  const client = [];
  /** @type {number[]} */
  const server = [];
  for (let i = 0; i < count; i += 1) {
    const { id, body } = report();
    const start = performance.now();
    const response = await fetch(`${base}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': id }, body });
    await response.arrayBuffer();
    client.push(performance.now() - start);
    server.push(Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]));
    if (response.status !== 201) throw new Error(`report POST answered ${response.status}`);
  }
  return { client, server };
}

/** @param {number[]} statuses */
const countStatuses = (statuses) => statuses.reduce((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), /** @type {Record<string, number>} */ ({}));

/**
 * The case: each report POST is sent right after READERS reads were started at
 * once (by a worker thread), and timed until its answer; then the next burst.
 * @param {string} base @param {string} cookie @param {string} phase @param {string[]} reads  paths, or `export:REF`
 */
async function inBursts(base, cookie, phase, reads) {
  const worker = new Worker(new URL('./readers.mjs', import.meta.url), { workerData: { base, cookie, reads, readers: READERS, mode: 'burst' } });
  /** @type {number[]} */
  const client = [];
  /** @type {number[]} */
  const server = [];
  /** @type {number[]} */
  const samples = [];
  /** @type {number[]} */
  const statuses = [];
  for (let i = 0; i < REPORTS; i += 1) {
    const next = () => new Promise((resolve) => worker.once('message', resolve));
    const fired = next();
    worker.postMessage('burst');
    await fired;
    const readsDone = next();
    const post = await postReports(base, 1);
    client.push(...post.client);
    server.push(...post.server);
    const burst = /** @type {{ samples: number[], statuses: number[] }} */ (await readsDone);
    samples.push(...burst.samples);
    statuses.push(...burst.statuses);
  }
  await worker.terminate();
  return { phase: `${phase}, ${READERS} at once per report`, posts: stats(client), postsInReceiver: stats(server), reads: { ...stats(samples), statuses: countStatuses(statuses) } };
}

/**
 * A stress beyond use: READERS loops read without pause (rate limits off) while the
 * reports are POSTed.
 * @param {string} base @param {string} cookie @param {string} phase @param {string[]} reads
 */
async function underLoad(base, cookie, phase, reads) {
  const worker = new Worker(new URL('./readers.mjs', import.meta.url), { workerData: { base, cookie, reads, readers: READERS, mode: 'loop' } });
  await new Promise((resolve) => worker.once('message', resolve));
  const { client, server } = await postReports(base, REPORTS);
  const finished = new Promise((resolve) => worker.once('message', resolve));
  worker.postMessage('stop');
  const { samples, statuses } = /** @type {{ samples: number[], statuses: number[] }} */ (await finished);
  await worker.terminate();
  return { phase: `${phase}, ${READERS} reading non-stop`, posts: stats(client), postsInReceiver: stats(server), reads: { ...stats(samples), statuses: countStatuses(statuses) } };
}

/** @param {any} results */
function print(results) {
  console.log(`\nReceiver intake under read load (${results.machine}; load average ${results.loadBefore.join(' ')} before, ${results.loadAfter.join(' ')} after)`);
  console.log(`${results.events.toLocaleString('en')} events seeded in ${results.seedSeconds} s; ${results.reports} report POSTs per phase, one after another.\n`);
  console.log('| phase | POST /reports p50 | p95 | max | in the receiver p50 | p95 | reads | read p50 | read p95 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { phase, posts, postsInReceiver: inside, reads } of results.phases) {
    const read = reads ? `${reads.count} | ${reads.p50} ms | ${reads.p95} ms` : '– | – | –';
    console.log(`| ${phase} | ${posts.p50} ms | ${posts.p95} ms | ${posts.max} ms | ${inside.p50} ms | ${inside.p95} ms | ${read} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
