/**
 * What a browser really downloads of the widget, measured in Chromium: a partner page
 * with the two-line embed is served with gzip (level 9), and every request for the
 * widget's files (`/dist/…`) is added up with its compressed body size as served
 * (Resource Timing's `encodedBodySize`), split into:
 * - before the first render: requests that started before the urgent lines were in
 *   the widget's shadow root (they compete with the first render, whatever they are);
 * - in all: after the resident opens the report form and searches, once the network
 *   is quiet (the form's chunks, search, idle work, all included).
 * The host page's own HTML is not counted: it is the partner's.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MARK_SCRIPT = fileURLToPath(new URL('../../bench/mark.js', import.meta.url));

/** A partner page with the two-line embed, in one language. */
export function twoLinePage({ lang, scriptSrc = '/dist/eenzaamheid-hulp.js' }) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Size check (${lang})</title>
    <script type="module" src="${scriptSrc}"></script>
  </head>
  <body>
    <main>
      <h1>Size check (${lang})</h1>
      <eenzaamheid-hulp partner="stad-mechelen" endpoint="https://meldpunt.invalid/reports"></eenzaamheid-hulp>
    </main>
  </body>
</html>
`;
}

const widgetRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
    .map((entry) => ({
      file: new URL(entry.name).pathname.replace(/^\/dist\//, ''),
      start: entry.startTime,
      bytes: entry.encodedBodySize,
      decodedBytes: entry.decodedBodySize,
    }));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url a page made with twoLinePage
 * @returns {Promise<{ firstRender: { bytes: number, files: object[] }, all: { bytes: number, files: object[] }, errors: string[] }>}
 */
export async function measureLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    await context.addInitScript({ content: await readFile(MARK_SCRIPT, 'utf8') });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.firstRender !== undefined, undefined, { timeout: 20_000 });
    const urgentShown = await page
      .locator('eenzaamheid-hulp')
      .evaluate((el) => ['112', '1813', '106'].every((n) => el.shadowRoot?.querySelector(`a[href="tel:${n}"]`)));
    if (!urgentShown) throw new Error(`${url}: the first render does not show tel:112, tel:1813 and tel:106`);
    const firstRenderAt = await page.evaluate(() => window.__bench.firstRender);

    // The resident opens the form and searches.
    const widget = page.locator('eenzaamheid-hulp');
    await widget.locator('[part="report-start"]').first().click();
    await widget.locator('form').first().waitFor({ state: 'visible', timeout: 20_000 });
    const search = widget.locator('input[type="search"]');
    await search.fill('eenzaam');
    await page.waitForLoadState('networkidle');

    const requests = await page.evaluate(widgetRequests);
    const sum = (list) => list.reduce((total, request) => total + request.bytes, 0);
    const early = requests.filter((request) => request.start < firstRenderAt);
    return {
      firstRender: { bytes: sum(early), files: early },
      all: { bytes: sum(requests), files: requests },
      errors,
    };
  } finally {
    await context.close();
  }
}
