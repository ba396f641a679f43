/**
 * The reference receiver as a separate process, started through its command line the
 * way a city runs it, so a test can stop it (SIGTERM) and start it again on the same
 * port with the same database file. When the receiver's command line changes, this
 * is the one place to follow it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const CLI = fileURLToPath(new URL('../../../server/bin/eenzaamheid-hulp-receiver.mjs', import.meta.url));
const STARTED = /Receiver on (http:\/\/\S+?)\s/;

/**
 * @param {{ origins: string[], control?: boolean }} options
 */
export async function startReceiverProcess({ origins, control = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'receiver-process-'));
  const dbPath = join(dir, 'reports.sqlite');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let port = 0;

  async function start() {
    // The fill-in-time rule is off: a test robot fills the form faster than any person.
    const args = [CLI, '--host', '127.0.0.1', '--port', String(port), '--db', dbPath, '--min-fill-ms', '0', ...origins.flatMap((origin) => ['--origin', origin])];
    if (control) args.push('--control');
    const started = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    const base = await new Promise((resolve, reject) => {
      let output = '';
      const onData = (chunk) => {
        output += chunk;
        const match = STARTED.exec(output);
        if (match) {
          started.stdout.off('data', onData);
          resolve(match[1]);
        }
      };
      started.stdout.on('data', onData);
      started.stderr.on('data', (chunk) => (output += chunk));
      started.once('exit', (code) => reject(new Error(`the receiver stopped (${code}) before it listened:\n${output}`)));
    });
    port = Number(new URL(base).port);
    return base;
  }

  /** Stops the receiver the way a service manager does, and waits until it has exited. */
  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }

  const base = await start();
  return {
    base,
    dbPath,
    stop,
    /** Starts it again: same port, same database file. */
    restart: start,
    /** Reports stored in the database file (read directly, as the receiver may be down). */
    storedReports() {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT id, reference FROM reports ORDER BY received_at').all();
      } finally {
        db.close();
      }
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
