import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.mjs';

/** Owner read/write only: the file holds reports with names and phone numbers. */
export const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/**
 * Create the file (and a new folder) readable by the receiver's user only, before
 * SQLite opens it: SQLite would create it with the process umask (usually 0644).
 * An existing file made by an earlier receiver is narrowed to 0600 too.
 * @param {string} path
 */
function createPrivately(path) {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  closeSync(openSync(path, 'a', FILE_MODE));
  chmodSync(path, FILE_MODE);
}

/**
 * Open (and if needed create and migrate) the receiver's SQLite database.
 *  - WAL: readers (inbox, reach) never wait for the writer, and the writer never for them;
 *  - synchronous=FULL: an acknowledged report is on disk before the 201 leaves, also
 *    after a power cut (NORMAL in WAL mode may lose the last transactions). It is a
 *    per-connection setting, so it is set on every open, not once;
 *  - foreign keys on, a busy timeout for the CLI working beside a running receiver;
 *  - the -wal and -shm files get the database file's mode (SQLite copies it; checked).
 * better-sqlite3 is synchronous: a statement or transaction runs to its end before the
 * next request is handled, which is what makes the intake's check-then-insert atomic.
 * @param {string} path a file path, or ':memory:'
 */
export function openSqlite(path) {
  if (path !== ':memory:') createPrivately(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  if (path !== ':memory:') {
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) chmodSync(path + suffix, FILE_MODE);
  }
  return db;
}
