/**
 * First paint on a throttled phone profile, side by side in one run:
 * - `twoLine`: the two-line embed (script tag + empty element), time until the
 *   widget's first render (the urgent lines) from navigation start;
 * - `bareLit`: a bare Lit element on the same page and network (the floor);
 * - `generatorEmbed`: the generator's embed code (script tag, JSON-LD, fallback
 *   HTML), its first contentful paint (the fallback) and its upgrade (first render);
 * - `staticHtml`: the same page with the script tags removed, its first contentful
 *   paint: what the fallback paint is compared with.
 *
 * The profile is Lighthouse's "Slow 4G" mobile throttling applied through the
 * DevTools protocol (request latency 150 ms, 1.6 Mbps down, 750 Kbps up, CPU slowed
 * 4×), on a 412×823 viewport; the server gzips text (level 9, as the size budget
 * counts) and sends `no-store`. Every load is a fresh browser context (empty HTTP
 * and code caches). Variants are interleaved load by load so drift on the machine
 * hits them all alike. bench/mark.js is added as an init script, so the pages carry
 * no bench code and make no extra request.
 */
import { readFile } from 'node:fs/promises';
import { median, round, summary } from './stats.mjs';

export const PHONE_PROFILE = Object.freeze({
  name: 'Slow 4G (Lighthouse mobile)',
  latencyMs: 150,
  downloadKbps: 1638.4,
  uploadKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
});

const FCP_OBSERVER = `(() => {
  const bench = (window.__bench ??= {});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

async function throttle(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadKbps * 1024) / 8,
    uploadThroughput: (profile.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  return cdp;
}

/**
 * One fresh, throttled load. `waitFor` is 'render' (the element's first render) or
 * 'fcp' (pages without a custom element).
 */
async function loadOnce(browser, url, { markScript, profile, waitFor }) {
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: markScript });
    await context.addInitScript({ content: FCP_OBSERVER });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await throttle(context, page, profile);
    await page.goto(url, { waitUntil: 'commit' });
    const ready =
      waitFor === 'render'
        ? () => window.__bench?.firstRender !== undefined && window.__bench?.fcp !== undefined
        : () => window.__bench?.fcp !== undefined;
    await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 50 });
    // Let any request started before the first render finish, so its size is known.
    await page.waitForLoadState('load');
    return await page.evaluate(() => {
      const { firstRender, fcp } = window.__bench;
      const resources = performance.getEntriesByType('resource').map((entry) => ({
        file: new URL(entry.name).pathname,
        start: entry.startTime,
        end: entry.responseEnd,
        bytes: entry.transferSize,
      }));
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        firstRender,
        fcp,
        htmlBytes: navigation?.transferSize ?? 0,
        resources,
        errors: [],
      };
    }).then((sample) => ({ ...sample, errors }));
  } finally {
    await context.close();
  }
}

/** Requests (after the HTML) that started before the first render, in start order. */
function beforeRender(sample) {
  return sample.resources
    .filter((r) => r.start < sample.firstRender)
    .sort((a, b) => a.start - b.start);
}

/**
 * The longest chain of requests before the first render: a request counts as
 * waiting on another when it started after that one had finished.
 */
function chainDepth(requests) {
  const depth = [];
  requests.forEach((request, i) => {
    let d = 1;
    for (let j = 0; j < i; j++) if (requests[j].end <= request.start) d = Math.max(d, depth[j] + 1);
    depth.push(d);
  });
  return depth.length ? Math.max(...depth) : 0;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ twoLine: string, bareLit: string, generatorEmbed: string, staticHtml: string }} urls
 * @param {{ loads?: number, markScriptPath: string, profile?: typeof PHONE_PROFILE }} options
 */
export async function measurePhone(browser, urls, { loads = 9, markScriptPath, profile = PHONE_PROFILE }) {
  const markScript = await readFile(markScriptPath, 'utf8');
  const variants = {
    twoLine: { url: urls.twoLine, waitFor: 'render' },
    bareLit: { url: urls.bareLit, waitFor: 'render' },
    generatorEmbed: { url: urls.generatorEmbed, waitFor: 'render' },
    staticHtml: { url: urls.staticHtml, waitFor: 'fcp' },
  };
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  // One untimed warm-up round: the server's gzip cache and the browser process settle.
  for (let i = 0; i < loads + 1; i++) {
    for (const [name, { url, waitFor }] of Object.entries(variants)) {
      const sample = await loadOnce(browser, url, { markScript, profile, waitFor });
      if (i > 0) samples[name].push(sample);
    }
  }

  const describe = (list, { render }) => {
    const out = {
      loads: list.length,
      fcpMs: summary(list.map((s) => s.fcp)),
      errors: [...new Set(list.flatMap((s) => s.errors))],
    };
    if (render) {
      const early = list.map(beforeRender);
      out.firstRenderMs = summary(list.map((s) => s.firstRender));
      out.bytesBeforeFirstRender = summary(
        list.map((s, i) => s.htmlBytes + early[i].reduce((sum, r) => sum + r.bytes, 0)),
        0,
      );
      out.requestsBeforeFirstRender = summary(early.map((r) => r.length), 0);
      out.requestChainBeforeFirstRender = summary(early.map(chainDepth), 0);
      // The files of the median load, to see what competes with the first render.
      const mid = list.indexOf([...list].sort((a, b) => a.firstRender - b.firstRender)[Math.floor(list.length / 2)]);
      out.medianLoadRequests = early[mid].map((r) => ({
        file: r.file,
        startMs: round(r.start),
        endMs: round(r.end),
        bytes: r.bytes,
      }));
    }
    return out;
  };

  const result = {
    profile,
    twoLine: describe(samples.twoLine, { render: true }),
    bareLit: describe(samples.bareLit, { render: true }),
    generatorEmbed: describe(samples.generatorEmbed, { render: true }),
    staticHtml: describe(samples.staticHtml, { render: false }),
  };
  const ratio = (a, b) => (a && b ? round(a / b, 2) : null);
  result.twoLineOverBareLit = ratio(result.twoLine.firstRenderMs.median, result.bareLit.firstRenderMs.median);
  result.fallbackPaintOverStatic = ratio(result.generatorEmbed.fcpMs.median, result.staticHtml.fcpMs.median);
  result.aims = { twoLineOverBareLit: 1.3, fallbackPaintOverStatic: 1.05 };
  // Paired per round, so a slow moment on the machine hits both sides of one ratio.
  result.twoLineOverBareLitPerRound = samples.twoLine.map((s, i) => round(s.firstRender / samples.bareLit[i].firstRender, 2));
  result.twoLineOverBareLitPairedMedian = round(median(result.twoLineOverBareLitPerRound), 2);
  return result;
}
