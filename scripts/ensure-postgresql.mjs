#!/usr/bin/env node
/**
 * Finds PostgreSQL for the receiver's second test run (STORE=pg): Debian's
 * `postgresql-common` (pg_virtualenv, which starts a throwaway cluster) and a server
 * (`postgresql`, e.g. /usr/lib/postgresql/15/bin/postgres). When they are missing and
 * apt-get is usable as root, installs Debian's `postgresql`; otherwise stops with one line
 * saying what to install. As scripts/ensure-chromium.mjs does for the browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const SERVER_ROOT = '/usr/lib/postgresql';

const hasCommand = (/** @type {string} */ name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/** The installed server versions, newest first (e.g. ['15']). */
export function serverVersions() {
  if (!existsSync(SERVER_ROOT)) return [];
  return readdirSync(SERVER_ROOT)
    .filter((version) => existsSync(`${SERVER_ROOT}/${version}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
}

export const postgresqlPresent = () => hasCommand('pg_virtualenv') && serverVersions().length > 0;

function hasAptAsRoot() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  return hasCommand('apt-get');
}

export function ensurePostgresql() {
  if (postgresqlPresent()) return serverVersions()[0];
  if (!hasAptAsRoot()) {
    console.error('PostgreSQL not found (pg_virtualenv and a server are needed for the receiver\'s PostgreSQL tests): install Debian\'s "postgresql" package (apt-get install postgresql).');
    process.exit(1);
  }
  console.log('PostgreSQL is missing: installing Debian\'s "postgresql" with apt-get (one time, a minute or two)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  if (!postgresqlPresent()) {
    console.error('apt-get finished but pg_virtualenv or the PostgreSQL server is still missing: install Debian\'s "postgresql" package by hand.');
    process.exit(1);
  }
  return serverVersions()[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`PostgreSQL: ${ensurePostgresql()} (pg_virtualenv)`);
}
