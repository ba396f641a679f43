/**
 * Playwright-core driving Debian's Chromium (never a downloaded browser). Every page
 * records its console errors, page errors and every request, so a test can assert
 * that nothing left 127.0.0.1.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium-flags.mjs';

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export async function openPage(browser, url, { viewport = { width: 1024, height: 800 }, javaScriptEnabled = true, locale = undefined } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  const record = { consoleErrors: [], pageErrors: [], requests: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('request', (request) => record.requests.push(request.url()));
  if (url) await page.goto(url);
  return { context, page, record };
}

/** Requests to anything but this machine (data: and blob: are local too). */
export function thirdPartyRequests(record) {
  return record.requests.filter((url) => {
    if (/^(data|blob|about):/.test(url)) return false;
    const { hostname } = new URL(url);
    return hostname !== '127.0.0.1' && hostname !== 'localhost';
  });
}

/** Text of the widget's shadow root, whitespace folded. */
export async function widgetText(page, selector = 'eenzaamheid-hulp') {
  return page.locator(selector).first().evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
}
