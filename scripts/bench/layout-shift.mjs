/**
 * Layout shift while the widget upgrades from its light-DOM fallback: loads the
 * embed page (scripts/bench/embed-page.mjs) in a fresh context, with bench/mark.js
 * and a `layout-shift` PerformanceObserver (buffered) injected as init scripts,
 * so the page itself carries no bench code. Sums every shift without recent input
 * from navigation until 2 s after the first render; also reports the largest
 * session window (CLS as web-vitals defines it) and what moved.
 */
import { readFile } from 'node:fs/promises';
import { median, round } from './stats.mjs';

const VIEWPORT = { width: 1024, height: 800 };

const CLS_OBSERVER = `(() => {
  const shifts = (window.__benchShifts = []);
  const describe = (node) => {
    if (!node) return null;
    const inShadow = node.getRootNode() instanceof ShadowRoot;
    const el = node.nodeType === 1 ? node : node.parentElement;
    const name = el ? el.localName + (el.id ? '#' + el.id : '') + (el.classList?.length ? '.' + [...el.classList].join('.') : '') : node.nodeName;
    return (inShadow ? 'shadow ' : '') + name;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources || []).map((s) => ({
          node: describe(s.node),
          from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
          to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Heights of the widget: fallback before the upgrade (an undefined element is display:
  // inline), fallback after the upgrade (shown through the <slot>), rendered.
  const heights = (window.__benchHeights = {});
  const hostHeight = () => document.querySelector('eenzaamheid-hulp')?.getBoundingClientRect().height ?? null;
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    if (name === 'eenzaamheid-hulp') heights.beforeUpgrade = hostHeight();
    return define.call(this, name, ...rest);
  };
  document.addEventListener('DOMContentLoaded', () => {
    heights.upgradedFallback = hostHeight();
  });
})();`;

/** Largest sum of shifts in a session window (gap < 1 s, window ≤ 5 s). */
function sessionWindowCls(shifts) {
  let best = 0;
  let current = 0;
  let first = 0;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - last < 1000 && shift.startTime - first < 5000) current += shift.value;
    else {
      current = shift.value;
      first = shift.startTime;
    }
    last = shift.startTime;
    best = Math.max(best, current);
  }
  return best;
}

export async function measureLayoutShift(browser, url, markScriptPath, { loads = 5, settleMs = 2000, viewport = VIEWPORT } = {}) {
  const mark = await readFile(markScriptPath, 'utf8');
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport });
    try {
      await context.addInitScript({ content: CLS_OBSERVER });
      await context.addInitScript({ content: mark });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__bench?.firstRender !== undefined, undefined, { timeout: 10_000 });
      await page.waitForTimeout(settleMs);
      const { shifts, firstRender, hostHeight, heights } = await page.evaluate(() => ({
        shifts: window.__benchShifts,
        heights: window.__benchHeights,
        firstRender: window.__bench.firstRender,
        hostHeight: document.querySelector('eenzaamheid-hulp').getBoundingClientRect().height,
      }));
      const counted = shifts.filter((s) => !s.hadRecentInput);
      runs.push({
        cls: counted.reduce((sum, s) => sum + s.value, 0),
        sessionWindowCls: sessionWindowCls(counted),
        firstRenderMs: firstRender,
        widgetHeight: {
          fallbackBeforeUpgrade: round(heights.beforeUpgrade, 0),
          fallbackAfterUpgrade: round(heights.upgradedFallback, 0),
          rendered: round(hostHeight, 0),
        },
        shifts: counted.map((s) => ({ value: round(s.value, 4), atMs: round(s.startTime, 0), sources: s.sources })),
      });
    } finally {
      await context.close();
    }
  }
  return {
    url,
    viewport,
    loads,
    windowMs: `navigation until first render + ${settleMs}`,
    cls: round(median(runs.map((r) => r.cls)), 4),
    sessionWindowCls: round(median(runs.map((r) => r.sessionWindowCls)), 4),
    perLoad: runs.map((r) => round(r.cls, 4)),
    aim: 0.01,
    // The load whose CLS is the median, with what moved.
    example: [...runs].sort((a, b) => a.cls - b.cls)[Math.floor(runs.length / 2)],
  };
}
