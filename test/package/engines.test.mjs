/**
 * What `engines` and `dependencies` promise, checked on the packed package:
 *
 * - The parts that run in Node (the `eenzaamheid-hulp` CLI and the `/embed`, `/schema`,
 *   `/content` entries) import only packages whose own `engines.node` allows every Node
 *   our `engines.node` allows, and they run on this Node (the suite runs on the lowest
 *   major we claim). So does every runtime dependency, the browser code's included, so
 *   installing the widget prints no engine warning.
 * - Every dependency is imported by a published file, and every package a published
 *   file imports is a dependency (no native receiver database for partners).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { init, parse } from 'es-module-lexer';
import semver from 'semver';
import { packedConsumer } from './support/consumer.mjs';

const run = promisify(execFile);
const NODE_ENTRIES = ['bin/eenzaamheid-hulp.mjs', 'dist/lib/embed/index.js', 'dist/lib/report/schema.js', 'dist/lib/content/index.js'];
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Every module reachable from `entries` (static and dynamic imports), and the bare packages they name. */
async function importGraph(root, entries) {
  await init;
  const seen = new Set();
  const packages = new Map();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parse(await readFile(join(root, file), 'utf8'));
    for (const { n: specifier } of imports) {
      if (!specifier || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) queue.push(relative(root, join(root, dirname(file), specifier)));
      else packages.set(packageName(specifier), [...(packages.get(packageName(specifier)) ?? []), file]);
    }
  }
  return { files: seen, packages };
}

describe('engines and dependencies of the packed package', { timeout: 120_000 }, () => {
  let pkgDir;
  let pkg;
  before(async () => {
    const { dir } = await packedConsumer();
    pkgDir = join(dir, 'node_modules/eenzaamheid-hulp');
    pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8'));
  });

  it('the Node parts import only packages whose engines allow every Node we claim', async () => {
    const { packages } = await importGraph(pkgDir, NODE_ENTRIES);
    assert.ok(packages.has('zod'), 'the schema entry should reach zod (the walk follows imports)');
    for (const name of packages.keys()) {
      const theirs = JSON.parse(await readFile(join(pkgDir, '..', name, 'package.json'), 'utf8')).engines?.node;
      if (theirs === undefined) continue;
      assert.ok(semver.subset(pkg.engines.node, theirs), `${name} needs Node ${theirs}, we claim ${pkg.engines.node}`);
    }
  });

  it('every runtime dependency, the browser code\'s included, allows every Node we claim (no engine warning on install)', async () => {
    const names = Object.keys(pkg.dependencies);
    assert.ok(names.length > 0);
    for (const name of names) {
      const theirs = JSON.parse(await readFile(join(pkgDir, '..', name, 'package.json'), 'utf8')).engines?.node ?? '*';
      assert.ok(semver.subset(pkg.engines.node, theirs), `${name} needs Node ${theirs}, we claim ${pkg.engines.node}`);
    }
  });

  it('runs the Node parts (CLI, /embed, /schema, /content) from the packed package on this Node', async () => {
    assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is outside ${pkg.engines.node}`);
    const cli = await run(process.execPath, [join(pkgDir, 'bin/eenzaamheid-hulp.mjs'), 'embed', '--partner', 'samana', '--script-src', 'https://partner.example/eenzaamheid-hulp.js']);
    assert.match(cli.stdout, /<eenzaamheid-hulp partner="samana"/);
    const script = `
      const { generateEmbed } = await import('eenzaamheid-hulp/embed');
      const { reportSchema } = await import('eenzaamheid-hulp/schema');
      const content = await import('eenzaamheid-hulp/content');
      const embed = generateEmbed({ partner: 'overkop', lang: 'fr', scriptSrc: 'https://partner.example/eh.js' });
      console.log(JSON.stringify({ html: embed.html, schema: reportSchema.safeParse({}).success, exports: Object.keys(content).length > 0 }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(pkgDir, '../..') });
    const result = JSON.parse(stdout);
    assert.match(result.html, /<eenzaamheid-hulp[^>]* partner="overkop"/);
    assert.equal(result.schema, false);
    assert.equal(result.exports, true);
  });

  it('depends on exactly the packages its published files import', async () => {
    const entries = ['bin/eenzaamheid-hulp.mjs', 'dist/eenzaamheid-hulp.js', 'dist/lib/index.js', 'dist/lib/define.js', 'dist/lib/embed/index.js', 'dist/lib/report/schema.js', 'dist/lib/content/index.js'];
    const { packages } = await importGraph(pkgDir, entries);
    assert.deepEqual([...packages.keys()].sort(), Object.keys(pkg.dependencies).sort());
  });
});
