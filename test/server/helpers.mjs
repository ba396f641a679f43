import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../server/receiver.mjs';

export const ORIGIN = 'http://127.0.0.1:8080';

/**
 * Start a real receiver on 127.0.0.1:0 with a fresh SQLite file in a temp folder.
 * @param {Parameters<typeof createReceiver>[0]} [options]
 */
export async function startReceiver(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-test-'));
  const receiver = createReceiver({ dbPath: join(dir, 'reports.sqlite'), allowedOrigins: [ORIGIN], ...options });
  const port = await receiver.listen(0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${port}`,
    receiver,
    db: receiver.db,
    async close() {
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A report that passes the shared schema. */
export function validReport(overrides = {}) {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    about: 'other',
    relation: 'neighbour',
    personKnows: 'yes',
    ageGroup: '65-plus',
    area: 'Nekkerspoel',
    situation: 'Mijn buurvrouw komt al weken niet meer buiten.',
    contactMethod: 'phone',
    name: 'An',
    phone: '015 12 34 56',
    consent: true,
    partner: 'ocmw',
    lang: 'nl',
    page: 'https://www.mechelen.be/eenzaamheid',
    fillMs: 45000,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * POST a report as the widget does.
 * @param {string} base
 * @param {Record<string, unknown>} report
 * @param {{ key?: string | null, headers?: Record<string, string> }} [options]
 */
export function postReport(base, report, { key = /** @type {string | null | undefined} */ (undefined), headers = {} } = {}) {
  const idempotencyKey = key === undefined ? /** @type {string} */ (report.id) : key;
  return fetch(`${base}/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey === null ? {} : { 'Idempotency-Key': idempotencyKey }),
      ...headers,
    },
    body: JSON.stringify(report),
  });
}

/** @param {string} base @param {Record<string, unknown>} body */
export async function setControl(base, body) {
  const response = await fetch(`${base}/__control`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`control failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** @param {import('better-sqlite3').Database} db */
export const countReports = (db) => /** @type {number} */ (db.prepare('SELECT COUNT(*) FROM reports').pluck().get());

/**
 * POST an Open311 form.
 * @param {string} base
 * @param {Record<string, string>} fields
 * @param {Record<string, string>} [headers]
 */
export function postOpen311(base, fields, headers = {}) {
  return fetch(`${base}/requests.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}
