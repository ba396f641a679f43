import { openSqliteStore } from './sqlite/index.mjs';

/**
 * Open the store named by a database URL or path:
 *  - `sqlite:/var/lib/meldpunt/reports.sqlite`, `file:…` or a plain path: the embedded SQLite file;
 *  - `postgres://…`: not in this receiver yet (an adapter beside sqlite/ implementing
 *    ./contract.mjs, run through the same tests).
 * @param {string} url
 */
export function openStore(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error('PostgreSQL is not supported by this receiver yet: use a SQLite file path');
  }
  const path = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  return openSqliteStore(path);
}
