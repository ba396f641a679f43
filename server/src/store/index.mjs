import { openPgStore } from './pg/index.mjs';
import { openSqliteStore } from './sqlite/index.mjs';

/** @param {string} url */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url);

/**
 * Open the store named by a database URL or path:
 *  - `postgres://…` / `postgresql://…`: PostgreSQL (pg/), for more than one receiver on one database;
 *  - `sqlite:/var/lib/meldpunt/reports.sqlite`, `file:…` or a plain path: the embedded SQLite file.
 * @param {string} url
 * @returns {import('./contract.mjs').Store}
 */
export function openStore(url) {
  if (isPostgresUrl(url)) return openPgStore(url);
  const path = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  return openSqliteStore(path);
}
