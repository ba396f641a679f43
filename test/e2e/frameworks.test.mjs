/**
 * The framework recipes from the README, as a partner would build them: React 19
 * (client rendering, and server rendering + hydration), Vue 3 and Svelte 5 pages in a
 * Vite project that installed the packed package (`test/consumer/frameworks/`). In
 * Chromium each page must show the widget, get the widget's `eh-route` event into the
 * framework's state, and pass a changed `lang` from framework state to the widget.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { packedConsumer } from '../package/support/consumer.mjs';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';
import { URGENT, urgentHrefs } from './support/hostile.mjs';

describe('framework recipes', { timeout: 180_000 }, () => {
  let browser;
  let server;
  let origin;
  let serverHtml;

  before(async () => {
    const { dir } = await packedConsumer();
    const root = join(dir, 'frameworks');
    const configFile = join(root, 'vite.config.js');
    const out = join(dir, 'out/frameworks');
    await build({ root, configFile, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    // The server bundle for React's renderToString (react-dom/server stays external, from node_modules).
    const ssrOut = join(dir, 'out/frameworks-ssr');
    await build({ root, configFile, logLevel: 'error', build: { ssr: 'react/server.jsx', outDir: ssrOut, emptyOutDir: true, rolldownOptions: { input: undefined } } });
    const { render } = await import(join(ssrOut, 'server.js'));
    const template = await readFile(join(out, 'react-ssr.html'), 'utf8');
    serverHtml = template.replace('<!--ssr-->', render());
    server = createStaticServer({
      root: out,
      handle: (req, res) => {
        if (!req.url.startsWith('/react-ssr.html')) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(serverHtml);
        return true;
      },
    });
    origin = `http://127.0.0.1:${await listen(server)}`;
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  /** Chooses the widget's first route and returns which one it was. */
  async function chooseRoute(page) {
    const button = page.locator('eenzaamheid-hulp .route-button').first();
    const route = await button.getAttribute('data-route');
    await button.click();
    return route;
  }

  async function checkPage(path, { switchesLanguage = true, ready } = {}) {
    const { page, record, context } = await openPage(browser, `${origin}/${path}`);
    assert.deepEqual(await urgentHrefs(page), URGENT, `no widget: ${JSON.stringify({ ...record, requests: undefined })}`);
    if (ready) await page.waitForFunction(ready, null, { timeout: 10_000 });
    assert.equal(await page.locator('#route').textContent(), 'none');
    const route = await chooseRoute(page);
    assert.match(route, /^(self|other)$/);
    await page.waitForFunction((expected) => document.querySelector('#route')?.textContent === expected, route, { timeout: 5_000 }).catch(() => undefined);
    assert.equal(await page.locator('#route').textContent(), route, 'the eh-route event did not reach the framework');
    if (switchesLanguage) {
      assert.doesNotMatch(await widgetText(page), /Numéro d’urgence/);
      await page.locator('#french').click();
      await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.textContent?.includes('Numéro d’urgence'), null, { timeout: 5_000 }).catch(() => undefined);
      assert.match(await widgetText(page), /Numéro d’urgence/, 'the lang set by the framework did not reach the widget');
    }
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(thirdPartyRequests(record), []);
    await context.close();
  }

  it('React 19, client rendering: attributes as props, `oneh-route` as an event prop', async () => {
    await checkPage('react-client.html', { switchesLanguage: false });
  });

  it('React 19, server rendering: the element and its attributes are in the HTML before any script', async () => {
    const html = await (await fetch(`${origin}/react-ssr.html`)).text();
    assert.match(html, /<div id="app"><main><h1>React 19, server rendered<\/h1>/);
    assert.match(html, /<eenzaamheid-hulp partner="samana" lang="nl" heading-level="2"><\/eenzaamheid-hulp>/);
  });

  it('React 19, server rendering + hydrateRoot: listeners from a ref callback work at once, props update', async () => {
    await checkPage('react-ssr.html', { ready: () => document.documentElement.dataset.hydrated === 'true' });
  });

  it('Vue 3: isCustomElement, :lang bound, @eh-route', async () => {
    await checkPage('vue.html');
  });

  it('Svelte 5: {lang} and oneh-route', async () => {
    await checkPage('svelte.html');
  });
});
