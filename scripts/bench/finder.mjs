/**
 * Filter and search latency over a content file with 1,000 initiatives.
 * The widget loads the file through `content-src`; after `eh-content-load` and the
 * lazily loaded search chunk, the bench types queries (sets the search box's value
 * and dispatches `input`, as a keystroke does) and clicks the audience chips.
 * Two times per sample, both from the event to the page laid out (a forced layout, so
 * they hold search, render, commit, style and layout):
 * - first screenful: the update the event caused has settled; a long list shows its
 *   first cards (24) then, and grows frame by frame;
 * - all results: the list has stopped growing (two frames without a change), every
 *   matching card on the page; the time is when its last cards were laid out.
 * The time to the next animation frame is recorded too. The same queries are also run
 * through the widget's own search code alone (bundled from src/ by esbuild), to split
 * search cost from render cost, and its result counts are compared with the cards the
 * widget rendered in the end: a mismatch means the bench or the widget is wrong.
 */
import { random } from './content.mjs';
import { summary } from './stats.mjs';

const VIEWPORT = { width: 1024, height: 800 };
/** The widget announces the result count 400 ms after typing settles; wait past it between samples. */
const ANNOUNCE_WAIT_MS = 430;

const WORDS = [
  'eenzaam', 'buren', 'jongeren', 'mantelzorg', 'praten', 'ontmoeten', 'ouderen', 'vriendschap', 'wandelen',
  'koffie', 'samen', 'hulp', 'chat', 'bellen', 'senioren', 'student', 'buurt', 'koken', 'luisteren', 'gratis',
  'seul', 'voisins', 'lonely', 'neighbours', 'buddy', 'park',
];
const PHRASES = ['koffie buren', 'jongeren praten', 'mantelzorg hulp', 'wandelen ouderen', 'eenzaam buurt', 'samen koken'];
const NO_MATCH = ['xyzzy', 'zwembadhond'];
const NUMBERS = ['106', '1813'];

/** About 50 queries: the word list, random prefixes of it (seeded), phrases, numbers, two without results. */
export function benchQueries(seed = 7) {
  const rand = random(seed);
  const prefixes = [];
  while (prefixes.length < 10) {
    const word = WORDS[Math.floor(rand() * WORDS.length)];
    const prefix = word.slice(0, 3 + Math.floor(rand() * Math.max(1, word.length - 3)));
    if (!prefixes.includes(prefix) && !WORDS.includes(prefix)) prefixes.push(prefix);
  }
  return [...WORDS, ...prefixes, ...PHRASES, ...NUMBERS, ...NO_MATCH];
}

async function typeAndTime(page, queries, waitMs) {
  return page.evaluate(
    async ({ queries, waitMs }) => {
      const el = document.querySelector('eenzaamheid-hulp');
      const root = el.shadowRoot;
      const input = root.querySelector('input[type="search"]');
      const bench = window.__bench;
      const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      const samples = [];
      for (const query of queries) {
        const before = bench.updates.length;
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await bench.settle(el);
        root.querySelector('.finder').getBoundingClientRect();
        const dom = performance.now();
        const firstScreenful = root.querySelectorAll('.finder ul[part="resources"] > li').length;
        // The updates up to the first screenful; the list's growth comes after.
        const updates = bench.updates.slice(before);
        const { at: allAt, cards: results, frameAt } = await bench.untilAllRendered(el);
        const next = frameAt;
        const growthUpdates = bench.updates.slice(before + updates.length);
        const afterSample = bench.updates.length;
        await sleep(waitMs);
        samples.push({
          query,
          ms: dom - start,
          allMs: allAt - start,
          firstScreenful,
          frameMs: next - start,
          updates,
          growthUpdatesMs: growthUpdates.reduce((sum, u) => sum + u.ms, 0),
          results,
          laterUpdatesMs: bench.updates.slice(afterSample).map((u) => u.ms),
          status: root.querySelector('.result-count')?.textContent.trim(),
        });
      }
      return samples;
    },
    { queries, waitMs },
  );
}

async function clickAudiencesAndTime(page, rounds) {
  return page.evaluate(async (rounds) => {
    const el = document.querySelector('eenzaamheid-hulp');
    const root = el.shadowRoot;
    const bench = window.__bench;
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const radios = [...root.querySelectorAll('input[type="radio"][name$="audience"]')];
    const order = ['youth', 'seniors', 'carers', 'everyone'];
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      for (const value of order) {
        const radio = radios.find((r) => r.value === value);
        const before = bench.updates.length;
        const start = performance.now();
        radio.click();
        await bench.settle(el);
        root.querySelector('.finder').getBoundingClientRect();
        const dom = performance.now();
        const firstScreenful = root.querySelectorAll('.finder ul[part="resources"] > li').length;
        // The updates up to the first screenful; the list's growth comes after.
        const updates = bench.updates.slice(before);
        const { at: allAt, cards: results, frameAt } = await bench.untilAllRendered(el);
        const next = frameAt;
        const growthUpdates = bench.updates.slice(before + updates.length);
        const afterSample = bench.updates.length;
        await sleep(150);
        samples.push({
          audience: value,
          ms: dom - start,
          allMs: allAt - start,
          firstScreenful,
          frameMs: next - start,
          updates,
          growthUpdatesMs: growthUpdates.reduce((sum, u) => sum + u.ms, 0),
          results,
          laterUpdatesMs: bench.updates.slice(afterSample).map((u) => u.ms),
        });
      }
    }
    return samples;
  }, rounds);
}

/** The widget's search code alone: index build, then every query through finderResults. */
async function pureSearch(page, contentUrl, probeUrl, queries) {
  return page.evaluate(
    async ({ contentUrl, probeUrl, queries }) => {
      const { createSearcher, dutch, finderResults, allResources, parseContent, builtInContent } = await import(probeUrl);
      // The content as the widget on a Dutch page holds it: parsed against the built-in
      // content (the required urgent lines added), the resources a Dutch page lists.
      const { content } = parseContent(await (await fetch(contentUrl)).json(), builtInContent('nl'));
      const resources = allResources(content, 'nl');
      const t = performance.now();
      // With the Dutch stop words, stemmer and search words, as on a Dutch page.
      const searcher = createSearcher(resources, 'nl', dutch);
      const indexMs = performance.now() - t;
      // One untimed pass so the timed pass sees optimized code, as the widget's search does after its first queries.
      for (const query of queries) finderResults(resources, searcher, 'everyone', query);
      const samples = queries.map((query) => {
        const start = performance.now();
        const found = finderResults(resources, searcher, 'everyone', query);
        return { query, ms: performance.now() - start, results: found.length };
      });
      const audiences = Object.fromEntries(['youth', 'seniors', 'carers', 'everyone'].map((a) => [a, finderResults(resources, searcher, a, '').length]));
      return { resources: resources.length, indexMs, samples, audiences };
    },
    { contentUrl, probeUrl, queries },
  );
}

export async function measureFinder(browser, { pageUrl, contentUrl, probeUrl, resourceCount }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const warnings = [];
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.__bench?.events?.length > 0 && window.__bench.contentRender, undefined, { timeout: 15_000 });
    const loaded = await page.evaluate(() => ({ events: window.__bench.events, contentRender: window.__bench.contentRender }));
    if (loaded.events[0].type !== 'eh-content-load') throw new Error(`content-src did not load: ${loaded.events[0].type} ${warnings.join(' | ')}`);

    // The search chunk loads on idle after the first render; wait until it has arrived.
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => /\/chunks\/search-[^/]*\.js$/.test(e.name) && e.responseEnd > 0),
      undefined,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(300);

    const queries = benchQueries();
    // The first query after the content loaded builds the search index (1,000 resources): timed on its own.
    const [first] = await typeAndTime(page, [queries[0]], ANNOUNCE_WAIT_MS);
    await typeAndTime(page, [''], ANNOUNCE_WAIT_MS);
    const typed = await typeAndTime(page, queries, ANNOUNCE_WAIT_MS);
    await typeAndTime(page, [''], ANNOUNCE_WAIT_MS);
    const audience = await clickAudiencesAndTime(page, 5);
    const pure = await pureSearch(page, contentUrl, probeUrl, queries);

    const updateTotals = (list) => list.map((s) => s.updates.reduce((sum, u) => sum + u.ms, 0));
    const r1 = (v) => Math.round(v * 10) / 10;
    const updateList = (s) => s.updates.map((u) => ({ ms: r1(u.ms), cards: u.cards }));
    const typedLit = updateTotals(typed);
    const audienceLit = updateTotals(audience);
    const later = (list) => list.flatMap((s) => s.laterUpdatesMs);
    return {
      // What the content holds; the widget renders a screenful of it first (cardsFirstRender).
      resources: resourceCount,
      cardsFirstRender: loaded.contentRender.cards,
      contentRenderMs: Math.round(loaded.contentRender.ms * 10) / 10,
      firstQuery: {
        query: first.query,
        ms: Math.round(first.ms * 10) / 10,
        // Each Lit update the keystroke caused, with the number of result cards it left on screen.
        updates: updateList(first),
        results: first.results,
      },
      search: {
        queries: typed.length,
        // Keystroke → the first screenful laid out (the update the keystroke caused).
        ms: summary(typed.map((s) => s.ms)),
        // Keystroke → every matching card laid out (the list grows frame by frame).
        allMs: summary(typed.map((s) => s.allMs)),
        firstScreenfulCards: summary(typed.map((s) => s.firstScreenful), 0),
        allCards: summary(typed.map((s) => s.results), 0),
        msToNextFrame: summary(typed.map((s) => s.frameMs)),
        litUpdateMs: summary(typedLit),
        // Lit's time for the list's growth after the first screenful (all its updates).
        growthLitUpdateMs: summary(typed.map((s) => s.growthUpdatesMs)),
        updatesPerQuery: summary(typed.map((s) => s.updates.length), 0),
        // Style and layout after the update: end-to-end time minus the Lit update time.
        styleLayoutMs: summary(typed.map((s, i) => s.ms - typedLit[i])),
        announcementUpdateMs: later(typed).length ? summary(later(typed)) : null,
        aimMs: 16,
        samples: typed.map((s, i) => ({ query: s.query, ms: r1(s.ms), allMs: r1(s.allMs), firstScreenful: s.firstScreenful, litUpdateMs: r1(typedLit[i]), results: s.results, status: s.status })),
      },
      audience: {
        switches: audience.length,
        ms: summary(audience.map((s) => s.ms)),
        allMs: summary(audience.map((s) => s.allMs)),
        firstScreenfulCards: summary(audience.map((s) => s.firstScreenful), 0),
        allCards: summary(audience.map((s) => s.results), 0),
        mismatches: audience.filter((s) => s.results !== pure.audiences[s.audience]).map((s) => ({ audience: s.audience, pure: pure.audiences[s.audience], widget: s.results })),
        msToNextFrame: summary(audience.map((s) => s.frameMs)),
        litUpdateMs: summary(audienceLit),
        growthLitUpdateMs: summary(audience.map((s) => s.growthUpdatesMs)),
        styleLayoutMs: summary(audience.map((s, i) => s.ms - audienceLit[i])),
        announcementUpdateMs: later(audience).length ? summary(later(audience)) : null,
        aimMs: 16,
        samples: audience.map((s, i) => ({ audience: s.audience, ms: r1(s.ms), allMs: r1(s.allMs), firstScreenful: s.firstScreenful, litUpdateMs: r1(audienceLit[i]), results: s.results })),
      },
      pureSearch: {
        resources: pure.resources,
        indexBuildMs: Math.round(pure.indexMs * 10) / 10,
        ms: summary(pure.samples.map((s) => s.ms), 2),
        mismatches: pure.samples
          .map((s, i) => ({ query: s.query, pure: s.results, widget: typed[i].results }))
          .filter((m) => m.pure !== m.widget),
      },
      warnings: [...new Set(warnings)],
      errors: [...new Set(errors)],
    };
  } finally {
    await context.close();
  }
}
