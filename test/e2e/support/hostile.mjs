/**
 * Steps and checks shared by the hostile-host-page suite: is the help there, can a
 * keyboard reach it, and does a report arrive. Every wait is short and every
 * failure says what the widget itself warned, so a broken case fails fast and
 * explains itself instead of timing out after 30 s.
 */
import assert from 'node:assert/strict';
import { widget } from './report-flow.mjs';

export const URGENT = ['tel:112', 'tel:1813', 'tel:106'];
/** On French pages the French-language lines (0800 32 123, 107) join them, the page's language first. */
export const URGENT_FR = ['tel:112', 'tel:080032123', 'tel:107', 'tel:1813', 'tel:106'];
/** On English pages too, in the content's order (no line answers in English; 112 does). */
export const URGENT_EN = ['tel:112', 'tel:1813', 'tel:080032123', 'tel:106', 'tel:107'];

/** The tel: hrefs of the urgent line-up inside the widget's shadow root, once rendered. */
export async function urgentHrefs(page, selector = 'eenzaamheid-hulp', timeout = 10_000) {
  await page
    .waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.urgent a[href^="tel:"]'), selector, { timeout })
    .catch(() => undefined);
  return page.locator(`${selector} .urgent a[href^="tel:"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** The focused element, looking through shadow roots. */
export async function deepFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active
      ? {
          tag: active.tagName.toLowerCase(),
          id: active.id,
          className: typeof active.className === 'string' ? active.className : '',
          route: active.getAttribute('data-route'),
          text: active.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          host: active.getRootNode() instanceof ShadowRoot ? active.getRootNode().host.id || active.getRootNode().host.localName : null,
        }
      : null;
  });
}

/**
 * Tab from the top of the page until a route button of the widget has focus, press
 * Enter, and check that focus lands on the route panel's heading. Returns the
 * number of Tab presses and the heading's text.
 */
export async function keyboardOpensRoute(page, { maxTabs = 40 } = {}) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  let focused = null;
  let presses = 0;
  while (presses < maxTabs) {
    await page.keyboard.press('Tab');
    presses += 1;
    focused = await deepFocus(page);
    if (focused?.className.split(/\s+/).includes('route-button')) break;
  }
  assert.ok(focused?.className.split(/\s+/).includes('route-button'), `Tab never reached a route button (last focus: ${JSON.stringify(focused)})`);
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return /route-heading$/.test(active?.id ?? '');
    }, null, { timeout: 5_000 })
    .catch(() => undefined);
  const heading = await deepFocus(page);
  assert.match(heading?.id ?? '', /route-heading$/, `Enter on the route button did not move focus to the route heading (focus: ${JSON.stringify(heading)})`);
  assert.match(heading.tag, /^h[1-6]$/);
  return { presses, heading: heading.text, route: focused.route };
}

/** Opens the report form, failing within `timeout` with the widget's own warnings. */
export async function openForm(page, record, timeout = 6_000) {
  const w = widget(page);
  await w.locator('.report-start').click({ timeout });
  try {
    await w.locator('form.report-form').waitFor({ timeout });
  } catch {
    const shown = await w.evaluate((el) => el.shadowRoot?.querySelector('.meldpunt')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    assert.fail(`the report form did not open. Widget warnings: ${JSON.stringify(record.warnings)}; page errors: ${JSON.stringify(record.pageErrors)}; meldpunt section shows: "${shown.slice(0, 200)}"`);
  }
}

/** Fills the form in English (the same answers as fillAboutNeighbour). */
export async function fillAboutNeighbourEnglish(page) {
  const w = widget(page);
  await w.getByRole('radio', { name: 'About someone else: I am worried' }).check();
  await w.getByRole('textbox', { name: /Which neighbourhood does this person live in/ }).fill('Nekkerspoel');
  await w.getByRole('textbox', { name: 'Phone number' }).fill('0470 12 34 56');
  await w.getByRole('checkbox', { name: /I agree/ }).check();
  await w.locator('details.more > summary').click();
  await w.getByRole('radio', { name: '65 or older' }).check();
  await w.getByRole('radio', { name: 'A neighbour' }).check();
  await w.getByRole('radio', { name: 'No', exact: true }).check();
  await w.getByRole('textbox', { name: /What is going on/ }).fill('My neighbour has not been outside for weeks.');
}

/** Waits until sending is over (sent, not-sent or offline) and returns that state. */
export async function outcome(page, timeout = 20_000) {
  const report = widget(page).locator('.report');
  await widget(page)
    .locator('.report:is([data-state="sent"], [data-state="not-sent"], [data-state="offline"])')
    .waitFor({ timeout })
    .catch(() => undefined);
  return (await report.count()) > 0 ? report.getAttribute('data-state') : null;
}

/** Is the element laid out and at least `minHeight` px tall? */
export async function visibleBox(locator, minHeight = 1) {
  const box = await locator.boundingBox();
  return box !== null && box.height >= minHeight && box.width > 0 ? box : null;
}

/** Horizontal overflow of the widget, its `.root`, and the page. */
export async function overflow(page, selector = 'eenzaamheid-hulp') {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const root = host?.shadowRoot?.querySelector('.root');
    return {
      host: { scrollWidth: host.scrollWidth, clientWidth: host.clientWidth },
      root: root ? { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth } : null,
      page: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
    };
  }, selector);
}
