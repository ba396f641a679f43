/**
 * A partner's project, made the way a partner makes one: `npm pack` of this package
 * installed into a fresh folder. One tarball and one install per build of `dist/`,
 * shared by every suite that needs it (bundlers, types, engines, framework pages): the
 * folder's name is a hash of what `npm pack` would publish, so a second suite in the
 * same run finds it ready and a new build gets a new one.
 *
 * The folder sits in `.tmp/` inside the repository: the consumer's own
 * `node_modules` holds the package and its dependencies (lit, zod) from the
 * tarball, while the tools a partner would add themselves (vite, rollup, esbuild,
 * react, vue, svelte, typescript) resolve from this repository's devDependencies,
 * one directory up, so nothing is installed twice. The install runs from the npm
 * cache that `npm ci` filled (`--prefer-offline`); it asks the registry only for
 * what the cache lacks.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TMP = join(REPO, '.tmp');
const SOURCES = join(REPO, 'test/consumer');
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

async function npm(args, cwd) {
  return run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** The files `npm pack` would publish, from npm itself (respects `files` and .npmignore). */
export async function publishedFiles() {
  const { stdout } = await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], REPO);
  const [{ files }] = JSON.parse(stdout);
  return files.map((file) => file.path).sort();
}

async function contentKey(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(join(REPO, file)));
  for (const file of await listFiles(SOURCES)) hash.update(file).update(await readFile(join(SOURCES, file)));
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

const exists = (path) => stat(path).then(() => true, () => false);

/**
 * The consumer project for the current `dist/` (build first): `{ dir, tarball, files }`.
 * `dir` has `node_modules/eenzaamheid-hulp` installed from the tarball and a copy of
 * `test/consumer/` (the partner's sources).
 */
export async function packedConsumer() {
  const files = await publishedFiles();
  if (!files.includes('dist/eenzaamheid-hulp.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const key = await contentKey(files);
  const dir = join(TMP, `consumer-${key}`);
  if (await exists(join(dir, '.ready'))) return { dir, files };
  await mkdir(TMP, { recursive: true });
  for (const entry of await readdir(TMP)) {
    if (entry.startsWith('consumer-')) await rm(join(TMP, entry), { recursive: true, force: true });
  }
  const building = `${dir}.building-${process.pid}`;
  await mkdir(building, { recursive: true });
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', building], REPO);
  const [{ filename }] = JSON.parse(stdout);
  await cp(SOURCES, building, { recursive: true });
  const manifest = {
    name: 'eenzaamheid-hulp-consumer',
    private: true,
    type: 'module',
    dependencies: { 'eenzaamheid-hulp': `file:./${filename}` },
  };
  await writeFile(join(building, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await npm(['install', ...NPM_FLAGS], building);
  await writeFile(join(building, '.ready'), new Date().toISOString());
  await rename(building, dir);
  return { dir, files };
}
