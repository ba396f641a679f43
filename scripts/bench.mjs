#!/usr/bin/env node
/**
 * Performance bench for the script-tag build, in headless Chromium (Debian's, never
 * a downloaded one). Assumes `dist/` is built (`npm run bench` builds first).
 *
 * 1. On a throttled phone profile (Slow 4G, CPU 4×, gzip): the two-line embed's first
 *    render against a bare Lit element, and the generator's embed (fallback paint and
 *    upgrade) against the same page as static HTML.
 * 2. Script start → first render on loopback, widget (nl and fr pages) against a bare
 *    Lit element.
 * 3. Layout shift while the widget replaces its light-DOM fallback.
 * 4. Search and audience-filter latency over a content file with 1,000 initiatives.
 * 5. JS heap after 10 and after 200 connect/disconnect cycles.
 *
 * Prints a Markdown table and the JSON, and writes the JSON to bench-results.json.
 * Missed aims never fail the run: the exit code is 1 only when a part of the bench
 * could not run. Flags: --loads=N (loopback first-render loads per variant, default 15),
 * --phone-loads=N (throttled loads per variant, default 9), --only=phone,firstRender,…
 * (run some parts), --quick (fewer samples everywhere, for trying the bench itself),
 * --dist=DIR (serve the widget from another build, e.g. a copy of an older dist/, to
 * compare builds in alternate runs on a machine whose load varies).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-flags.mjs';
import { createStaticServer, listen } from './static-server.mjs';
import { buildBareLit, buildSearchProbe, validateContent } from './bench/bundles.mjs';
import { generateContent } from './bench/content.mjs';
import { CONTENT_PATH, PAGES, writePages } from './bench/pages.mjs';
import { measureFirstRender } from './bench/first-render.mjs';
import { measureLayoutShift } from './bench/layout-shift.mjs';
import { measureFinder } from './bench/finder.mjs';
import { measureMemory } from './bench/memory.mjs';
import { measurePhone } from './bench/phone.mjs';
import { markdownTable } from './bench/report.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loadsArg = args.find((a) => a.startsWith('--loads='));
const LOADS = loadsArg ? Math.max(1, Number(loadsArg.split('=')[1])) : quick ? 3 : 15;
const phoneLoadsArg = args.find((a) => a.startsWith('--phone-loads='));
const PHONE_LOADS = phoneLoadsArg ? Math.max(1, Number(phoneLoadsArg.split('=')[1])) : quick ? 2 : 9;
const onlyArg = args.find((a) => a.startsWith('--only='));
const ONLY = onlyArg ? new Set(onlyArg.split('=')[1].split(',')) : null;
const distArg = args.find((a) => a.startsWith('--dist='));
const DIST = distArg ? resolve(distArg.slice('--dist='.length)) : join(repoRoot, 'dist');
const OVERALL_TIMEOUT_MS = 12 * 60_000;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const started = Date.now();
  const widgetFile = join(DIST, 'eenzaamheid-hulp.js');
  if (!existsSync(widgetFile) || !existsSync(join(repoRoot, 'dist/lib/content/mechelen-all-languages.js'))) {
    throw new Error(`${DIST} or dist/lib is not built: run \`npm run build\` first (or \`npm run bench\`).`);
  }

  const work = await mkdtemp(join(tmpdir(), 'eh-bench-'));
  let server;
  let gzipServer;
  let browser;
  let gcBrowser;
  const results = { meta: {}, phone: null, firstRender: null, layoutShift: null, finder: null, memory: null, errors: {} };
  try {
    log('bundling the bare Lit element and the search probe with esbuild');
    const bare = await buildBareLit(repoRoot, work);
    await buildSearchProbe(repoRoot, work);
    const { content, json } = generateContent({ initiatives: 1000 });
    const validation = await validateContent(repoRoot, work, content);
    if (validation.dropped.length > 0) throw new Error(`generated content is invalid: ${validation.dropped.slice(0, 3).join(' | ')}`);
    await writePages(work, { contentJson: json });

    server = createStaticServer({ root: work, mounts: { '/dist/': DIST, '/bench/': join(repoRoot, 'bench') } });
    const port = await listen(server);
    const origin = `http://127.0.0.1:${port}`;
    // The phone profile's pages come gzipped, as a partner's server sends them.
    gzipServer = createStaticServer({
      root: work,
      mounts: { '/dist/': DIST, '/bench/': join(repoRoot, 'bench') },
      gzip: true,
    });
    const gzipOrigin = `http://127.0.0.1:${await listen(gzipServer)}`;

    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const cpuList = cpus();
    results.meta = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      chromiumPath: chromiumPath(),
      cpus: availableParallelism(),
      cpuModel: cpuList[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      dist: DIST,
      widgetScriptBytes: (await stat(widgetFile)).size,
      bareLitBytes: bare.bytes,
      contentFileChars: json.length,
      contentInitiatives: validation.initiatives,
      contentHelplines: validation.helplines,
      // Other work on the machine shows up in every timing: the 1-minute load average at start and end.
      loadAverageStart: Math.round(loadavg()[0] * 100) / 100,
      quick,
    };

    const part = async (name, label, run) => {
      if (ONLY && !ONLY.has(name)) return;
      const t = Date.now();
      log(`${label}…`);
      try {
        results[name] = await run();
        log(`${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      } catch (error) {
        results.errors[name] = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${label}: FAILED: ${error?.stack ?? error}`);
      }
    };

    const markScript = join(repoRoot, 'bench/mark.js');
    await part('phone', `phone profile (${PHONE_LOADS} throttled fresh loads per variant, interleaved)`, () =>
      measurePhone(
        browser,
        {
          twoLine: gzipOrigin + PAGES.phoneTwoLine,
          bareLit: gzipOrigin + PAGES.phoneBare,
          generatorEmbed: gzipOrigin + PAGES.phoneEmbed,
          staticHtml: gzipOrigin + PAGES.phoneStatic,
        },
        { loads: PHONE_LOADS, markScriptPath: markScript },
      ),
    );
    await part('firstRender', `first render (${LOADS} fresh loads per variant)`, () =>
      measureFirstRender(
        browser,
        { widgetNl: origin + PAGES.firstNl, widgetFr: origin + PAGES.firstFr, bareLit: origin + PAGES.firstBare },
        { loads: LOADS },
      ),
    );
    await part('layoutShift', 'layout shift (5 loads at 1024×800, 3 at 1024×1600)', async () => {
      const loads = quick ? 2 : 5;
      const shift = await measureLayoutShift(browser, origin + PAGES.embed, markScript, { loads });
      // A tall window shows the page content after the fallback, so its move is counted.
      shift.tallViewport = await measureLayoutShift(browser, origin + PAGES.embed, markScript, {
        loads: quick ? 1 : 3,
        viewport: { width: 1024, height: 1600 },
      });
      return shift;
    });
    await part('finder', 'search and filter over 1,000 resources', () =>
      measureFinder(browser, {
        resourceCount: validation.initiatives + validation.helplines,
        pageUrl: origin + PAGES.finder,
        contentUrl: origin + CONTENT_PATH,
        probeUrl: `${origin}/search-probe.js`,
      }),
    );
    await browser.close();
    browser = undefined;

    // A browser of its own with gc() exposed, so the timing runs above use the plain flags.
    gcBrowser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    });
    const cycles = quick ? { first: 10, total: 50 } : { first: 10, total: 200 };
    await part('memory', `connect/disconnect cycles (${cycles.first}, then ${cycles.total})`, () =>
      measureMemory(gcBrowser, origin + PAGES.memory, cycles),
    );
    results.meta.loadAverageEnd = Math.round(loadavg()[0] * 100) / 100;
    results.meta.benchSeconds = Math.round((Date.now() - started) / 100) / 10;
  } finally {
    await browser?.close().catch(() => undefined);
    await gcBrowser?.close().catch(() => undefined);
    if (server) await new Promise((resolve) => server.close(resolve));
    if (gzipServer) await new Promise((resolve) => gzipServer.close(resolve));
    await rm(work, { recursive: true, force: true });
  }
  return results;
}

function header(meta) {
  return [
    '## eenzaamheid-hulp bench',
    '',
    `Chromium ${meta.chromium} (headless, ${meta.chromiumPath}) · ${meta.cpus} CPUs (${meta.cpuModel}) · load average ${meta.loadAverageStart} → ${meta.loadAverageEnd ?? '?'} · Node ${meta.node} · ${meta.platform}`,
    `${meta.dist}/eenzaamheid-hulp.js ${meta.widgetScriptBytes} B · bare Lit bundle ${meta.bareLitBytes} B · content file ${meta.contentInitiatives} initiatives + ${meta.contentHelplines} helplines, ${meta.contentFileChars} chars · ${meta.date}${meta.quick ? ' · QUICK RUN' : ''}`,
    '',
  ].join('\n');
}

const timeout = setTimeout(() => {
  log(`gave up after ${OVERALL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
timeout.unref();

try {
  const results = await main();
  const json = JSON.stringify(results, null, 2);
  await writeFile(join(repoRoot, 'bench-results.json'), `${json}\n`);
  console.log(header(results.meta));
  console.log(markdownTable(results));
  console.log(`\nWritten to bench-results.json (${results.meta.benchSeconds} s):\n`);
  console.log(json);
  const failed = Object.keys(results.errors);
  if (failed.length > 0) {
    log(`could not measure: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  log(`could not run: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
