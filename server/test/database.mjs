/**
 * The database the receiver's tests run against: `STORE=sqlite` (the default: a fresh
 * SQLite file per receiver) or `STORE=pg` (a fresh PostgreSQL database per receiver, on
 * the server named by the PG* environment variables, as `pg_virtualenv` sets them; see
 * scripts/test-server-pg.mjs at the repository root). Tests that check the SQLite file
 * itself run under STORE=sqlite only and say so.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const STORES = ['sqlite', 'pg'];
export const STORE = process.env.STORE || 'sqlite';
if (!STORES.includes(STORE)) throw new Error(`STORE must be one of ${STORES.join(', ')}, not "${STORE}"`);
export const IS_PG = STORE === 'pg';

/**
 * The server the PG* variables name, as a URL to one database, with the receiver's tables
 * in `schema` (search_path) when given: a schema is made and dropped in milliseconds, a
 * database in seconds on a busy machine.
 * @param {string} database @param {string} [schema]
 */
export function postgresUrl(database, schema) {
  const env = process.env;
  const user = encodeURIComponent(env.PGUSER ?? 'postgres');
  const password = env.PGPASSWORD ? `:${encodeURIComponent(env.PGPASSWORD)}` : '';
  const host = env.PGHOST ?? 'localhost';
  // (libpq reads %20, not +, as a space: no URLSearchParams here.)
  const query = schema ? [`options=${encodeURIComponent(`-c search_path=${schema}`)}`] : [];
  // A socket directory goes in ?host=, a name in the authority.
  if (host.startsWith('/')) {
    query.push(`host=${encodeURIComponent(host)}`, `port=${env.PGPORT ?? '5432'}`);
    return `postgresql://${user}${password}@/${database}?${query.join('&')}`;
  }
  return `postgresql://${user}${password}@${host}:${env.PGPORT ?? '5432'}/${database}${query.length ? `?${query.join('&')}` : ''}`;
}

/** The one database the tests use on that server: each receiver gets its own schema in it. */
const TEST_DATABASE = 'receiver_tests';
/** @type {Promise<void> | null} */
let testDatabase = null;

/** @param {string} database @param {(client: pg.Client) => Promise<unknown>} work */
async function connected(database, work) {
  const client = new pg.Client({ connectionString: postgresUrl(database) });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Make the test database once (several test processes may ask at the same moment). */
function ensureTestDatabase() {
  testDatabase ??= connected(process.env.PGDATABASE ?? 'postgres', async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (rowCount) return;
    await admin.query(`CREATE DATABASE ${TEST_DATABASE}`).catch((/** @type {any} */ error) => {
      if (error.code !== '42P04') throw error; // made meanwhile by another test process
    });
  });
  return testDatabase;
}

/**
 * A new, empty database for one receiver (or a few sharing it).
 * `location` is what the receiver is given (a file path or a postgres:// URL), `env` the
 * same for the command line, `drop()` removes it.
 * @returns {Promise<{ location: string, env: Record<string, string>, dir: string, drop: () => Promise<void> }>}
 */
export async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-test-'));
  if (!IS_PG) {
    const path = join(dir, 'reports.sqlite');
    return { location: path, env: { RECEIVER_DB: path }, dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  await ensureTestDatabase();
  const schema = `receiver_${randomBytes(6).toString('hex')}`;
  await connected(TEST_DATABASE, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = postgresUrl(TEST_DATABASE, schema);
  return {
    location: url,
    env: { DATABASE_URL: url },
    dir,
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      await connected(TEST_DATABASE, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

/** @type {Map<string, Promise<Awaited<ReturnType<typeof freshDatabase>>>>} */
const byFolder = new Map();

/**
 * The database that belongs to a test's folder, for tests that share one database between
 * receivers by sharing a folder: `<dir>/reports.sqlite`, or under STORE=pg a schema made
 * once per folder (dropped when the test process ends).
 * @param {string} dir
 * @returns {Promise<string>}
 */
export async function databaseFor(dir) {
  if (!IS_PG) return join(dir, 'reports.sqlite');
  if (!byFolder.has(dir)) {
    const made = freshDatabase();
    byFolder.set(dir, made);
    if (byFolder.size === 1) process.once('beforeExit', () => dropFolderDatabases());
  }
  return (await /** @type {Promise<any>} */ (byFolder.get(dir))).location;
}

async function dropFolderDatabases() {
  const all = [...byFolder.values()];
  byFolder.clear();
  for (const made of all) await (await made).drop().catch(() => {});
}
