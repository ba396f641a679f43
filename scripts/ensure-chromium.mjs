#!/usr/bin/env node
/**
 * Finds Chromium for the tests: $CHROME_PATH, else /usr/bin/chromium. When it is
 * missing and apt-get is usable as root, installs Debian's `chromium`; otherwise
 * stops with one line saying what to install. Test tools here cannot download
 * their own browsers, so this is the only way a browser arrives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasAptAsRoot() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function findChromium() {
  const wanted = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  return executable(wanted) ? wanted : undefined;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const wanted = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (process.env.CHROME_PATH || !hasAptAsRoot()) {
    console.error(
      `Chromium not found at ${wanted}: install Debian's "chromium" package (apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s "chromium" with apt-get (one time, a few minutes)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!executable(DEFAULT_CHROMIUM)) {
    console.error(`apt-get finished but ${DEFAULT_CHROMIUM} is still missing: install Debian's "chromium" package by hand.`);
    process.exit(1);
  }
  return DEFAULT_CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureChromium();
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Chromium: ${path} (${version || 'version unknown'})`);
}
