/**
 * A partner who bundles: `import 'eenzaamheid-hulp/script'` or
 * `import 'eenzaamheid-hulp/define'` in a Vite, Rollup or esbuild build of a
 * project that installed this package from its `npm pack` tarball. Each build is
 * loaded in Chromium: the element must be registered and render its urgent lines.
 * (The bug this guards: a bundler trusting `sideEffects` dropped the chunk that
 * defines the element, leaving a page with no widget and no warning.)
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build as esbuild } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { build as vite } from 'vite';
import { launch, openPage, thirdPartyRequests } from '../e2e/support/browser.mjs';
import { URGENT, urgentHrefs } from '../e2e/support/hostile.mjs';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';
import { packedConsumer } from './support/consumer.mjs';

const ENTRIES = ['script', 'define'];

/** The three builds of the consumer's `bundlers/` sources; each returns the warnings it printed. */
const BUILDERS = {
  async vite(src, out) {
    const warnings = [];
    await vite({
      configFile: false,
      root: src,
      base: './',
      logLevel: 'silent',
      customLogger: { info() {}, warn: (m) => warnings.push(m), warnOnce: (m) => warnings.push(m), error: (m) => warnings.push(m), clearScreen() {}, hasErrorLogged: () => false, hasWarned: false },
      build: { outDir: out, emptyOutDir: true, rolldownOptions: { input: Object.fromEntries(ENTRIES.map((name) => [name, join(src, `${name}.html`)])) } },
    });
    return warnings;
  },
  async rollup(src, out) {
    const warnings = [];
    const bundle = await rollup({
      input: Object.fromEntries(ENTRIES.map((name) => [name, join(src, `${name}.js`)])),
      plugins: [nodeResolve({ browser: true })],
      onwarn: (warning) => warnings.push(warning.message),
    });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    await copyPages(src, out);
    return warnings;
  },
  async esbuild(src, out) {
    const result = await esbuild({
      entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, join(src, `${name}.js`)])),
      absWorkingDir: src,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: out,
      logLevel: 'silent',
    });
    await copyPages(src, out);
    return result.warnings.map((warning) => warning.text);
  },
};

async function copyPages(src, out) {
  for (const name of ENTRIES) await copyFile(join(src, `${name}.html`), join(out, `${name}.html`));
}

describe('a partner project that bundles the npm package', { timeout: 240_000 }, () => {
  let consumer;
  let browser;
  let server;
  let origin;
  const warnings = {};

  before(async () => {
    consumer = await packedConsumer();
    const out = join(consumer.dir, 'out');
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    for (const [name, build] of Object.entries(BUILDERS)) warnings[name] = await build(join(consumer.dir, 'bundlers'), join(out, name));
    server = createStaticServer({ root: out });
    origin = `http://127.0.0.1:${await listen(server)}`;
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  for (const bundler of Object.keys(BUILDERS)) {
    describe(bundler, () => {
      it('builds without a warning about side effects or missing modules', () => {
        assert.deepEqual(warnings[bundler].filter((text) => /side.?effect|could not|unresolved|not found/i.test(text)), []);
      });

      for (const entry of ENTRIES) {
        it(`import 'eenzaamheid-hulp/${entry}' registers the element and renders the urgent lines`, async () => {
          const { page, record, context } = await openPage(browser, `${origin}/${bundler}/${entry}.html`);
          assert.deepEqual(await urgentHrefs(page), URGENT, `no widget: ${JSON.stringify({ ...record, requests: undefined })}`);
          assert.equal(await page.evaluate(() => typeof customElements.get('eenzaamheid-hulp')), 'function');
          assert.deepEqual(record.pageErrors, []);
          assert.deepEqual(record.consoleErrors, []);
          assert.deepEqual(thirdPartyRequests(record), []);
          await context.close();
        });
      }
    });
  }
});
