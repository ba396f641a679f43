#!/usr/bin/env node
/**
 * The receiver's whole test suite (server/test/) against PostgreSQL: STORE=pg, inside
 * `pg_virtualenv`, which starts a throwaway cluster, sets PGHOST/PGPORT/PGUSER/PGPASSWORD
 * and drops the cluster afterwards. The cluster runs with fsync off: it is thrown away
 * after the run, and durability on power loss is PostgreSQL's own, not what is tested.
 * Extra arguments are test files (default: all of server/test/).
 */
import { spawnSync } from 'node:child_process';
import { ensurePostgresql } from './ensure-postgresql.mjs';

const version = ensurePostgresql();
const files = process.argv.slice(2);
const result = spawnSync(
  'pg_virtualenv',
  ['-v', version, '-o', 'fsync=off', '--', process.execPath, '--test', '--test-concurrency=1', ...(files.length ? files : ['server/test/'])],
  { stdio: 'inherit', env: { ...process.env, STORE: 'pg' } },
);
if (result.error) {
  console.error(`pg_virtualenv could not be started: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
