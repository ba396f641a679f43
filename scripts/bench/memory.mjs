/**
 * Heap after many connect/disconnect cycles. In one page, each cycle creates an
 * `<eenzaamheid-hulp>`, appends it, waits for its render (`.root` in the shadow
 * root) and a frame, and removes it. After 10 cycles and again after 200, the bench
 * lets pending idle work finish, forces garbage collection through the DevTools
 * protocol (HeapProfiler.collectGarbage, three times, plus `gc()` from
 * --expose-gc) and reads the JS heap (Runtime.getHeapUsage) and the DOM counters
 * (Memory.getDOMCounters: nodes and listeners still alive).
 */
import { round } from './stats.mjs';

async function cycles(page, count) {
  return page.evaluate(async (count) => {
    const stage = document.getElementById('stage');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let renders = 0;
    for (let i = 0; i < count; i++) {
      const el = document.createElement('eenzaamheid-hulp');
      stage.append(el);
      for (let tries = 0; !el.shadowRoot?.querySelector('.root'); tries++) {
        if (tries > 300) throw new Error('an element did not render within 300 frames');
        await el.updateComplete;
        if (!el.shadowRoot?.querySelector('.root')) await frame();
      }
      renders++;
      await frame();
      el.remove();
    }
    return renders;
  }, count);
}

async function settledHeap(page, cdp) {
  // Idle callbacks (the search index each element builds after its first render) and timers run first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const perfMemory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return { usedBytes: heap.usedSize, totalBytes: heap.totalSize, perfMemoryUsedBytes: perfMemory, dom };
}

export async function measureMemory(browser, pageUrl, { first = 10, total = 200 } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pageUrl);
    await page.waitForFunction(() => customElements.get('eenzaamheid-hulp'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const gcExposed = await page.evaluate(() => typeof window.gc === 'function');

    let cyclingMs = 0;
    const timed = async (count) => {
      const start = Date.now();
      await cycles(page, count);
      cyclingMs += Date.now() - start;
    };
    await timed(first);
    const afterFirst = await settledHeap(page, cdp);
    await timed(total - first);
    const afterTotal = await settledHeap(page, cdp);
    const cycleMs = cyclingMs / total;

    const growth = afterTotal.usedBytes - afterFirst.usedBytes;
    const extra = total - first;
    return {
      cycles: { first, total },
      gcExposed,
      heapAfterFirstKB: round(afterFirst.usedBytes / 1024),
      heapAfterTotalKB: round(afterTotal.usedBytes / 1024),
      growthKB: round(growth / 1024),
      perCycleKB: round(growth / 1024 / extra, 2),
      aimPerCycleKB: 1,
      domAfterFirst: afterFirst.dom,
      domAfterTotal: afterTotal.dom,
      perfMemoryUsedKB: {
        afterFirst: afterFirst.perfMemoryUsedBytes === null ? null : round(afterFirst.perfMemoryUsedBytes / 1024),
        afterTotal: afterTotal.perfMemoryUsedBytes === null ? null : round(afterTotal.perfMemoryUsedBytes / 1024),
      },
      msPerCycle: round(cycleMs),
      errors,
    };
  } finally {
    await context.close();
  }
}
