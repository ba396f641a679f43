/**
 * The widget package ships browser code only: what `npm pack` puts in the tarball,
 * and what installing it from npm pulls in, hold no server library and no native
 * module. The receiver (server/) is its own package in this repository's workspaces.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const receiverPackage = JSON.parse(readFileSync(new URL('../../server/package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));

/** What the browser code imports; nothing else may be a runtime dependency of the widget. */
const BROWSER_DEPENDENCIES = ['lit', 'zod'];
const SERVER_LIBRARIES = /^(better-sqlite3|pg|fastify|@fastify\/|otpauth|otplib|qrcode|nodemailer|smtp-server|bindings|prebuild-install|node-gyp)/;

/** `npm pack --dry-run --json` of the root package: the widget as partners install it. */
async function packWidget() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--workspaces=false'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout);
  return packed;
}

/**
 * Every package installing the widget from npm brings along (its production dependency
 * closure), read from the lockfile with Node's lookup: nested node_modules first, then up.
 */
function productionClosure() {
  const seen = new Map();
  const visit = (fromPath, name) => {
    let base = fromPath;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) {
        if (seen.has(candidate)) return;
        const entry = lock.packages[candidate];
        seen.set(candidate, entry);
        for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
          visit(candidate, dependency);
        }
        return;
      }
      if (!base) throw new Error(`${name} (needed by ${fromPath || 'the widget'}) is not in package-lock.json`);
      const cut = base.lastIndexOf('/node_modules/');
      base = cut === -1 ? '' : base.slice(0, cut);
    }
  };
  for (const name of Object.keys(rootPackage.dependencies ?? {})) visit('', name);
  return seen;
}

describe('the widget package (npm pack)', () => {
  it('depends at runtime on the browser libraries only', () => {
    assert.deepEqual(Object.keys(rootPackage.dependencies ?? {}).sort(), BROWSER_DEPENDENCIES);
    for (const field of ['optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      assert.equal(rootPackage[field], undefined, `${field} would install something for partners`);
    }
  });

  it('packs no server file, no native module and no install script', async () => {
    const packed = await packWidget();
    const paths = packed.files.map((file) => file.path);
    assert.ok(paths.includes('package.json'));
    assert.ok(paths.some((path) => path.startsWith('bin/')), 'the embed CLI is in the package');
    assert.deepEqual(paths.filter((path) => path.startsWith('server/') || path.startsWith('node_modules/')), []);
    assert.deepEqual(paths.filter((path) => /\.(node|gyp|cc|cpp|h)$/.test(path) || path.endsWith('binding.gyp')), []);
    assert.deepEqual(packed.bundled, []);
    const scripts = rootPackage.scripts ?? {};
    for (const hook of ['preinstall', 'install', 'postinstall']) assert.equal(scripts[hook], undefined, `${hook} would run on partners' machines`);
  });

  it('installs no server library and nothing that builds native code', () => {
    const closure = productionClosure();
    const names = [...closure.keys()].map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    for (const name of BROWSER_DEPENDENCIES) assert.ok(names.includes(name), `${name} is in the closure`);
    assert.deepEqual(names.filter((name) => SERVER_LIBRARIES.test(name)), []);
    assert.deepEqual(
      [...closure].filter(([, entry]) => entry.hasInstallScript || entry.gypfile).map(([path]) => path),
      [],
    );
  });
});

describe('the receiver package (server/)', () => {
  it('is its own package with a bin, and holds the server libraries', () => {
    assert.equal(receiverPackage.name, 'eenzaamheid-hulp-receiver');
    assert.ok(receiverPackage.bin['eenzaamheid-hulp-receiver'], 'a command to start it');
    assert.ok(receiverPackage.dependencies['better-sqlite3'], 'the embedded database belongs to the receiver');
    assert.ok(receiverPackage.dependencies['eenzaamheid-hulp'], 'it takes the report schema and content from the widget package');
    assert.ok(rootPackage.workspaces.includes('server'));
  });

  it('is built by `npm ci` at the root: better-sqlite3 may run its install script', () => {
    assert.equal(rootPackage.allowScripts?.['better-sqlite3'], true);
    const entry = lock.packages['node_modules/better-sqlite3'] ?? lock.packages['server/node_modules/better-sqlite3'];
    assert.ok(entry?.hasInstallScript, 'better-sqlite3 is in the lockfile with its build');
  });
});
