/**
 * Minutes of the widget's patient sending in seconds of test time: Playwright's clock
 * runs the page's timers, while the network stays real. Time is moved in small steps,
 * and before each step the test waits until no report request is in flight and the
 * widget has settled (its next attempt scheduled), so the page's clock never runs
 * ahead of it. Each attempt is logged in the page with the page's (fake) time.
 */
import { widget } from './report-flow.mjs';

/** Before the page loads: log every POST the page makes, with its time, key and body. */
export async function logReportAttempts(context) {
  await context.addInitScript(() => {
    const log = { attempts: [], settled: 0 };
    Object.defineProperty(window, '__reportAttempts', { value: log });
    const original = window.fetch;
    window.fetch = function fetchLogged(input, init) {
      const request = input instanceof Request ? input : undefined;
      if (request?.method !== 'POST') return original.call(this, input, init);
      const entry = { at: Date.now(), key: request.headers.get('Idempotency-Key'), body: '' };
      log.attempts.push(entry);
      request
        .clone()
        .text()
        .then((body) => (entry.body = body));
      return original.call(this, input, init).finally(() => (log.settled += 1));
    };
  });
}

/** The attempts logged so far: `at` in the page's (fake) time. */
export function reportAttempts(page) {
  return page.evaluate(() => window.__reportAttempts.attempts.map((entry) => ({ ...entry })));
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (real time, briefly) until no attempt is in flight and the widget is between attempts or done. */
async function settle(page) {
  for (let i = 0; i < 5000; i += 1) {
    const now = await widget(page).evaluate((el) => {
      const log = window.__reportAttempts;
      const state = el.shadowRoot.querySelector('.report')?.dataset.state ?? '';
      const scheduled = el.shadowRoot.querySelector('.attempt')?.getAttribute('data-next') === 'scheduled';
      const idle = log.settled === log.attempts.length;
      return { state, ready: idle && state !== 'sending' && (state !== 'retrying' || scheduled) };
    });
    if (now.ready) return now.state;
    await tick();
  }
  throw new Error('the widget did not settle');
}

/**
 * Moves the page's paused clock forward in `stepMs` steps until the report reaches
 * `state` (or `maxMs` have passed). Returns the states seen with the fake time since
 * the start, and the fake time that took.
 */
export async function runUntilState(page, state, { stepMs = 200, maxMs = 200_000 } = {}) {
  const seen = [];
  let elapsed = 0;
  for (;;) {
    const now = await settle(page);
    seen.push({ at: elapsed, state: now });
    if (now === state || elapsed >= maxMs) return { seen, elapsed };
    await page.clock.runFor(stepMs);
    elapsed += stepMs;
  }
}
