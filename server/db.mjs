import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Open (and if needed create) the receiver's SQLite database.
 * WAL lets the inbox read while a report is written; better-sqlite3 is synchronous,
 * so each statement/transaction runs to completion before another request is handled,
 * which is what makes insert-if-absent for idempotency keys atomic.
 * @param {string} dbPath
 */
export function openDb(dbPath) {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS reports (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      received_at INTEGER NOT NULL,
      about TEXT,
      age_group TEXT,
      area TEXT,
      partner TEXT,
      lang TEXT,
      page TEXT,
      fill_ms INTEGER,
      format TEXT NOT NULL CHECK (format IN ('json', 'open311')),
      payload TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS reports_received_at ON reports (received_at DESC);
    CREATE TABLE IF NOT EXISTS idempotency (
      key TEXT PRIMARY KEY,
      state TEXT NOT NULL CHECK (state IN ('processing', 'done')),
      status INTEGER,
      body TEXT,
      created_at INTEGER NOT NULL,
      fingerprint TEXT
    );
    -- Reach counting (POST /events, see events.mjs). Deliberately no IP address, user
    -- agent, cookie, session or visitor id: one row says "this happened on this page
    -- in this month", nothing about who. received_at is rounded down to the hour.
    CREATE TABLE IF NOT EXISTS events (
      name TEXT NOT NULL,
      partner TEXT,
      lang TEXT NOT NULL,
      site TEXT NOT NULL,
      path TEXT NOT NULL,
      visible TEXT,
      kind TEXT,
      resource_type TEXT,
      results TEXT,
      route TEXT,
      month TEXT NOT NULL,
      received_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_month ON events (month, partner);
  `);
  // A 'processing' row left by a crash would block that key forever; nothing is in flight at startup.
  db.prepare(`DELETE FROM idempotency WHERE state = 'processing'`).run();
  return db;
}

/**
 * Prepared statements for the reports table.
 * @param {import('better-sqlite3').Database} db
 */
export function reportStore(db) {
  const insert = db.prepare(`
    INSERT INTO reports (id, reference, received_at, about, age_group, area, partner, lang, page, fill_ms, format, payload)
    VALUES (@id, @reference, @received_at, @about, @age_group, @area, @partner, @lang, @page, @fill_ms, @format, @payload)`);
  const referenceTaken = db.prepare(`SELECT 1 FROM reports WHERE reference = ?`).pluck();
  const byId = db.prepare(`SELECT reference, received_at FROM reports WHERE id = ?`);
  const count = db.prepare(`SELECT COUNT(*) FROM reports`).pluck();
  const newestFirst = db.prepare(`SELECT * FROM reports ORDER BY received_at DESC, rowid DESC LIMIT ?`);
  return {
    /** @param {Record<string, unknown>} row */
    insert: (row) => insert.run(row),
    /** @param {string} reference */
    isReferenceTaken: (reference) => referenceTaken.get(reference) !== undefined,
    /** @param {string} id @returns {{ reference: string, received_at: number } | undefined} */
    findById: (id) => /** @type {any} */ (byId.get(id)),
    /** @returns {number} */
    count: () => /** @type {number} */ (count.get()),
    /** @returns {any[]} */
    list: (limit = 500) => newestFirst.all(limit),
  };
}
