/**
 * Reading the database under the store, for the few tests whose promise is about what
 * the tables themselves hold (the reach events' columns: nothing identifying). Both
 * stores: the SQLite handle or the PostgreSQL pool.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IS_PG } from './database.mjs';

/** @typedef {{ db?: import('better-sqlite3').Database, store: any }} Ctx */

/** @param {Ctx} ctx @param {string} sql @returns {Promise<any[]>} */
export async function rawRows(ctx, sql) {
  if (IS_PG) return (await ctx.store.pool.query(sql)).rows;
  return /** @type {import('better-sqlite3').Database} */ (ctx.db).prepare(sql).all();
}

/** The columns of a table, in order. @param {Ctx} ctx @param {string} table @returns {Promise<string[]>} */
export async function tableColumns(ctx, table) {
  if (IS_PG) {
    const { rows } = await ctx.store.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table]);
    return rows.map((/** @type {any} */ row) => row.column_name);
  }
  return /** @type {import('better-sqlite3').Database} */ (ctx.db).prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
}

/** Every table, by name. @param {Ctx} ctx @returns {Promise<string[]>} */
export async function tableNames(ctx) {
  if (IS_PG) {
    const { rows } = await ctx.store.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE "C"`);
    return rows.map((/** @type {any} */ row) => row.table_name);
  }
  return /** @type {import('better-sqlite3').Database} */ (ctx.db).prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
}

/** Every reach event as stored, oldest first (events are only ever appended). @param {Ctx} ctx */
export const allEvents = (ctx) => rawRows(ctx, `SELECT * FROM events ORDER BY ${IS_PG ? 'ctid' : 'rowid'}`);
/** @param {Ctx} ctx @returns {Promise<number>} */
export const countEvents = (ctx) => ctx.store.events.count();

/**
 * Whether the stored database holds this text anywhere. SQLite: the bytes of the file and
 * its write-ahead log (erased values must be overwritten, not just unlinked). PostgreSQL:
 * the server's files are not the test's to read, so every row of every table, as text;
 * its old row versions and WAL are covered by VACUUM and the README instead.
 * @param {Ctx & { dbPath: string }} ctx @param {string} text
 */
export async function storageHolds(ctx, text) {
  if (!IS_PG) return [ctx.dbPath, `${ctx.dbPath}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(text)));
  for (const table of await tableNames(ctx)) {
    const { rows } = await ctx.store.pool.query(`SELECT t::text AS row FROM ${table} t`);
    if (rows.some((/** @type {any} */ row) => row.row.includes(text))) return true;
  }
  return false;
}
