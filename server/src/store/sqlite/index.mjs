import { chmodSync, closeSync, openSync, rmSync } from 'node:fs';
import { sqliteAccounts } from './accounts.mjs';
import { sqliteEvents } from './events.mjs';
import { sqliteIdempotency } from './idempotency.mjs';
import { sqliteNotes } from './notes.mjs';
import { FILE_MODE, openSqlite } from './open.mjs';
import { sqliteOutbox } from './outbox.mjs';
import { sqliteReportSearch } from './report-search.mjs';
import { sqliteReports } from './reports.mjs';
import { sqliteSessions } from './sessions.mjs';

/**
 * The SQLite adapter of the store: the receiver's embedded default, one file.
 * `db` is the better-sqlite3 handle, for SQLite-only tools (tests of the file itself).
 * @param {string} path
 * @returns {import('../contract.mjs').Store & { db: import('better-sqlite3').Database }}
 */
export function openSqliteStore(path) {
  const db = openSqlite(path);
  // Erased fields are overwritten with zeros in the file, not just unlinked.
  db.pragma('secure_delete = ON');
  const { events, reach } = sqliteEvents(db);
  const { accounts, organisations } = sqliteAccounts(db);
  const { sessions, audit, settings } = sqliteSessions(db);
  /** @type {import('./idempotency.mjs').Claims} */
  const claims = new Map();
  return {
    kind: 'sqlite',
    db,
    reports: { ...sqliteReports(db, claims), ...sqliteReportSearch(db) },
    idempotency: sqliteIdempotency(db, claims),
    events,
    reach,
    accounts,
    organisations,
    sessions,
    audit,
    settings,
    notes: sqliteNotes(db),
    outbox: sqliteOutbox(db),
    async backup(destination) {
      // Readable by the receiver's user only, like the database itself.
      rmSync(destination, { force: true });
      closeSync(openSync(destination, 'wx', FILE_MODE));
      await db.backup(destination);
      chmodSync(destination, FILE_MODE);
    },
    /** Move the WAL into the database file and empty it, so erased values leave the WAL too. */
    async checkpoint() {
      if (db.open) db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
