import { spawn } from 'node:child_process';
import { chmodSync, closeSync, openSync, rmSync } from 'node:fs';
import { FILE_MODE } from '../sqlite/open.mjs';
import { pgAccounts } from './accounts.mjs';
import { database } from './db.mjs';
import { pgEvents } from './events.mjs';
import { pgIdempotency } from './idempotency.mjs';
import { migrate } from './migrations.mjs';
import { pgNotes } from './notes.mjs';
import { pgOutbox } from './outbox.mjs';
import { openPool } from './open.mjs';
import { pgReports } from './reports.mjs';
import { pgSessions } from './sessions.mjs';

/**
 * The PostgreSQL adapter of the store: for a city that runs more than one receiver on
 * one database. Opened synchronously like the SQLite one; the migrations run on the
 * first query (every method waits for them) and `ready` tells when they are done.
 * @param {string} url  postgres://user:password@host:port/database?sslmode=…
 * @returns {import('../contract.mjs').Store & { ready: Promise<void>, pool: import('pg').Pool }}
 */
export function openPgStore(url) {
  const pool = openPool(url);
  const ready = migrate(pool);
  // A failure surfaces on the first query (and on `ready`), not as an unhandled rejection.
  ready.catch(() => {});
  const db = database(pool, ready);
  const { events, reach } = pgEvents(db);
  const { accounts, organisations } = pgAccounts(db);
  const { sessions, audit, settings } = pgSessions(db);
  let closed = false;
  return {
    kind: 'pg',
    ready,
    pool,
    reports: pgReports(db),
    idempotency: pgIdempotency(db),
    events,
    reach,
    accounts,
    organisations,
    sessions,
    audit,
    settings,
    notes: pgNotes(db),
    outbox: pgOutbox(db),
    /**
     * A consistent copy while receivers run: pg_dump (custom format, one snapshot),
     * readable by the receiver's user only. pg_dump must be of the server's major version or newer.
     */
    async backup(destination) {
      await ready;
      rmSync(destination, { force: true });
      closeSync(openSync(destination, 'wx', FILE_MODE));
      await new Promise((resolve, reject) => {
        const dump = spawn('pg_dump', ['--format=custom', '--no-owner', `--file=${destination}`, `--dbname=${url}`], { stdio: ['ignore', 'ignore', 'pipe'] });
        let errors = '';
        dump.stderr.on('data', (chunk) => {
          errors += chunk;
        });
        dump.on('error', (error) => reject(new Error(`pg_dump could not be started (install the PostgreSQL client tools): ${error.message}`)));
        dump.on('close', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`pg_dump failed: ${errors.trim().split('\n')[0]}`))));
      });
      chmodSync(destination, FILE_MODE);
    },
    /**
     * After an erasure: VACUUM the tables that held the erased values, so their old row
     * versions are removed from the table pages (PostgreSQL keeps them until then). The
     * write-ahead log still holds them until it is recycled (see the README).
     */
    async checkpoint() {
      if (closed) return;
      await db.query('VACUUM reports, idempotency, report_notes');
    },
    async close() {
      if (closed) return;
      closed = true;
      await ready.catch(() => {});
      await pool.end();
    },
  };
}
