import pg from 'pg';
import { parse } from 'pg-connection-string';

/** Connections per receiver: enough for intake beside the back office's single reader. */
export const POOL_SIZE = 10;

const INT8 = 20;
const NUMERIC = 1700;

/**
 * BIGINT (epoch ms, ids, counts) and NUMERIC (sums) as JS numbers, as the SQLite adapter
 * returns them: every value here is far below 2^53.
 * @type {import('pg').CustomTypesConfig}
 */
const TYPES = {
  getTypeParser: /** @type {any} */ ((/** @type {number} */ oid, /** @type {any} */ format) =>
    oid === INT8 || oid === NUMERIC ? (/** @type {string} */ value) => Number(value) : pg.types.getTypeParser(oid, format)),
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * A database on another machine is reached over the network with reports in it: ask for
 * an explicit `sslmode` then (verify-full with a CA, or disable on a network the city
 * trusts), rather than silently talking plain text. A Unix socket or loopback needs none.
 * @param {string} url
 */
export function checkTransportSecurity(url) {
  const parsed = parse(url);
  const host = parsed.host || process.env.PGHOST || 'localhost';
  const local = host.startsWith('/') || LOCAL_HOSTS.has(host);
  const query = url.includes('?') ? new URLSearchParams(url.slice(url.indexOf('?') + 1)) : new URLSearchParams();
  if (!local && !query.has('sslmode') && !query.has('ssl')) {
    throw new Error(
      `DATABASE_URL points to ${host} without sslmode: add ?sslmode=verify-full (with sslrootcert=…) to encrypt the connection, or ?sslmode=disable if the network between them is trusted`,
    );
  }
}

/**
 * A pool on the database named by a postgres:// URL. Unset parts (host, user, password)
 * come from the usual PG* environment variables, as with psql.
 * @param {string} url
 */
export function openPool(url) {
  checkTransportSecurity(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types: TYPES,
    application_name: 'eenzaamheid-hulp-receiver',
    // A connection that cannot be had within 10 s is an error, not a hung request.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection cut by the server (restart, failover) must not crash the receiver;
  // the next query takes a fresh one.
  pool.on('error', () => {});
  return pool;
}
