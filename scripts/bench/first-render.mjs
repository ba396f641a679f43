/**
 * Time from script start to first render, measured in the page: bench/mark.js runs
 * just before the element's script and records `t0`; its shadow-root observer
 * records the moment `.root` first exists. Every load is a fresh browser context
 * (empty cache, no compiled-code cache), and the server sends `no-store`.
 * Variants are interleaved load by load so drift on the machine hits them all alike.
 */
import { summary } from './stats.mjs';

const VIEWPORT = { width: 1024, height: 800 };

export async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.firstFrame !== undefined, undefined, { timeout: 10_000 });
    const sample = await page.evaluate(() => {
      const { t0, firstRender, firstFrame, renderTag } = window.__bench;
      const chunks = performance
        .getEntriesByType('resource')
        .filter((entry) => /\.js(\?|$)/.test(entry.name))
        .map((entry) => ({
          file: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        }));
      return { t0, firstRender, firstFrame, renderTag, chunks };
    });
    return { ...sample, errors };
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {Record<string, string>} variants name → page URL
 */
export async function measureFirstRender(browser, variants, { loads = 15, warmup = 1 } = {}) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < warmup + loads; i++) {
    for (const [name, url] of Object.entries(variants)) {
      const sample = await loadOnce(browser, url);
      if (i >= warmup) samples[name].push(sample);
    }
  }
  const results = {};
  for (const [name, list] of Object.entries(samples)) {
    const fromMark = list.map((s) => s.firstRender - s.t0);
    const fromNavigation = list.map((s) => s.firstRender);
    const frame = list.map((s) => s.firstFrame - s.t0);
    // Where the time goes: the language pack chunk (fetched when the element connects), and
    // whether the idle-loaded search chunk was fetched before the first render.
    const pack = list.map((s) => s.chunks.find((c) => /^\/dist\/chunks\/(nl|fr|en)-/.test(c.file)));
    const packReceived = list.map((s, i) => (pack[i] ? pack[i].end - s.t0 : NaN)).filter(Number.isFinite);
    const packToRender = list.map((s, i) => (pack[i] ? s.firstRender - pack[i].end : NaN)).filter(Number.isFinite);
    const searchEarly = list.filter((s) => s.chunks.some((c) => /\/chunks\/search-/.test(c.file) && c.start < s.firstRender)).length;
    results[name] = {
      url: variants[name],
      loads: list.length,
      msFromScriptStart: summary(fromMark),
      msFromNavigationStart: summary(fromNavigation),
      msToNextFrame: summary(frame),
      packChunks: [...new Set(pack.filter(Boolean).map((c) => c.file))],
      packReceivedMsFromScriptStart: packReceived.length ? summary(packReceived) : null,
      packReceivedToFirstRenderMs: packToRender.length ? summary(packToRender) : null,
      loadsFetchingSearchChunkBeforeFirstRender: searchEarly,
      errors: [...new Set(list.flatMap((s) => s.errors))],
      samplesMs: fromMark.map((v) => Math.round(v * 10) / 10),
    };
  }
  return results;
}
