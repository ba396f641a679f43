import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { generateEmbed } from '../../dist/lib/embed/index.js';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** A partner page the way a CMS shows pasted embed code: header, the code, a footer below it. */
function partnerPage(embedHtml) {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Samana · hulp</title></head>
<body>
<header><p>Samana Mechelen</p></header>
<main><h1>Hulp bij eenzaamheid</h1>
<div class="wp-block-html">
${embedHtml}
</div>
<p id="below">Tekst onder de widget.</p>
</main>
<footer><p>Samana · contact</p></footer>
</body></html>`;
}

describe('the generated embed code in a partner page', () => {
  let browser;
  let server;
  let origin;
  before(async () => {
    const pages = new Map();
    server = createStaticServer({
      root: dist,
      mounts: { '/dist/': dist },
      handle: (req, res) => {
        const page = pages.get(new URL(req.url, 'http://x').pathname);
        if (!page) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      },
    });
    const port = await listen(server);
    origin = `http://127.0.0.1:${port}`;
    const embed = generateEmbed({ scriptSrc: `${origin}/dist/eenzaamheid-hulp.js`, partner: 'samana', lang: 'nl', headingLevel: 2 });
    pages.set('/samana.html', partnerPage(embed.html));
    // Embed code for French on a Dutch page, pasted long ago: its main-chunk hint names a file that no longer exists.
    const french = generateEmbed({ scriptSrc: `${origin}/dist/eenzaamheid-hulp.js`, lang: 'fr' });
    pages.set('/french.html', partnerPage(french.html));
    pages.set('/stale.html', partnerPage(french.html.replace(/chunks\/main-[\w-]+\.js/, 'chunks/main-0ld0ld.js')));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows all the help without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${origin}/samana.html`, { javaScriptEnabled: false });
    const text = await page.locator('eenzaamheid-hulp').innerText();
    for (const expected of ['112', '1813', '106', 'Zorgzame buurt Heembeemd', 'Samana', 'Dat is geen noodhulp']) assert.match(text, new RegExp(expected));
    const tel = await page.locator('eenzaamheid-hulp a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(tel.includes('tel:112') && tel.includes('tel:1813') && tel.includes('tel:106'));
    await context.close();
  });

  it('shows all the help when the script is blocked', async () => {
    const { page, record, context } = await openPage(browser);
    await page.route('**/eenzaamheid-hulp.js', (route) => route.abort());
    await page.goto(`${origin}/samana.html`);
    await page.waitForLoadState('load');
    assert.match(await page.locator('eenzaamheid-hulp').innerText(), /Tele-Onthaal/);
    assert.equal(await page.locator('eenzaamheid-hulp h2').count(), 1);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('fetches the main chunk and the language pack beside the script (modulepreload hints), each once', async () => {
    const { page, record, context } = await openPage(browser);
    const hinted = [];
    let scriptHeld = false;
    const fetchedWhileScriptHeld = [];
    let bothSeen;
    const both = new Promise((resolve) => (bothSeen = resolve));
    page.on('request', (request) => {
      const file = request.url().match(/\/dist\/(chunks\/(main|fr|nl|en)-[^/]+\.js)$/)?.[1];
      if (!file) return;
      if (scriptHeld) fetchedWhileScriptHeld.push(file);
      if (fetchedWhileScriptHeld.length === 2) bothSeen();
    });
    // Hold the script back: with hints, the page already fetches the chunks meanwhile.
    await page.route('**/dist/eenzaamheid-hulp.js', async (route) => {
      scriptHeld = true;
      await Promise.race([both, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      scriptHeld = false;
      await route.continue();
    });
    await page.goto(`${origin}/french.html`);
    hinted.push(...(await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL(l.href).pathname.replace(/^\/dist\//, '')))));
    await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.urgent a[href="tel:112"]'));
    assert.equal(hinted.length, 2);
    assert.match(hinted[0], /^chunks\/main-/);
    assert.match(hinted[1], /^chunks\/fr-/);
    assert.deepEqual([...fetchedWhileScriptHeld].sort(), [...hinted].sort());
    // The script's own imports find the preloaded modules: no file is fetched twice.
    for (const file of hinted) assert.equal(record.requests.filter((url) => url.endsWith(`/dist/${file}`)).length, 1, file);
    assert.match(await widgetText(page), /Besoin d’aide tout de suite \?/);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('a stale hint (embed code from an older build) costs one failed request, never the widget', async () => {
    const { page, record, context } = await openPage(browser);
    const failed = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(new URL(response.url()).pathname));
    await page.goto(`${origin}/stale.html`);
    await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.urgent a[href="tel:112"]'));
    assert.match(await widgetText(page), /Besoin d’aide tout de suite \?/);
    assert.deepEqual(failed, ['/dist/chunks/main-0ld0ld.js']);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('takes over without showing the content twice, keeps one JSON-LD block, and moves the page by less than 0.01 CLS', async () => {
    const { page, record, context } = await openPage(browser);
    // Hold the chunks back until the fallback has been seen, so the upgrade is a real swap
    // (a fixed delay was not enough on a loaded machine: the page could upgrade before the check).
    /** @type {() => void} */
    let release = () => {};
    const released = new Promise((resolve) => { release = () => resolve(undefined); });
    await page.route('**/chunks/**', async (route) => {
      await released;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const chunkRequested = page.waitForRequest(/\/chunks\/main-/);
    await page.goto(`${origin}/samana.html`, { waitUntil: 'commit' });
    await chunkRequested;
    // The script runs and waits for its chunks: until they arrive, the fallback is what shows.
    await page.locator('eenzaamheid-hulp > h2').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.root') ?? null), null);
    release();
    await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.root'));
    // Settled: every chunk in (the idle work's too), then two frames, in which any layout
    // shift of the last render is reported.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The light-DOM fallback is no longer displayed: the widget's own rendering replaced it.
    const fallbackShown = await page.locator('eenzaamheid-hulp > h2').isVisible();
    assert.equal(fallbackShown, false);
    assert.match(await widgetText(page), /Zorgzame buurt Heembeemd/);
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
    const cls = await page.evaluate(() => window.__cls);
    console.log(`# layout shift on the generated page: ${cls.toFixed(4)}`);
    assert.ok(cls < 0.01, `CLS ${cls}`);
    assert.deepEqual(thirdPartyRequests(record), []);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
});
