import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';

/**
 * How dist/eenzaamheid-hulp.js loads: no request waterfall before the first render.
 * The script-tag file starts the main chunk and the page's language pack itself, so
 * the pack is requested while the main chunk is still on its way (before, the pack
 * was asked for only once the main chunk had arrived and run). Every file comes once;
 * a wrong guess costs a download, never the wrong language. Only the order of requests
 * is checked here: the timings are in the bench (`npm run bench`, phone profile).
 */

const MAIN = /\/dist\/chunks\/main-[^/]+\.js$/;
/** A language pack (the form's own texts are `form-nl-….js`). */
const PACK = /\/dist\/chunks\/(nl|fr|en)-[^/]+\.js$/;
const HOLD_LIMIT_MS = 10_000;

describe('dist/eenzaamheid-hulp.js loads its parts side by side', () => {
  let browser;
  let pages;
  before(async () => {
    pages = await startPagesServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await pages?.close();
  });

  /**
   * Opens a page with the main chunk held back until a language pack is requested (or
   * HOLD_LIMIT_MS passed): with a waterfall, no pack is ever requested while it waits.
   */
  async function openHoldingMain(path) {
    const { context, page, record } = await openPage(browser);
    let holding = false;
    let packsWhileHolding = [];
    let packRequested;
    const firstPack = new Promise((resolve) => (packRequested = resolve));
    page.on('request', (request) => {
      const match = request.url().match(PACK);
      if (!match) return;
      if (holding) packsWhileHolding.push(match[1]);
      packRequested();
    });
    await page.route(MAIN, async (route) => {
      holding = true;
      await Promise.race([firstPack, new Promise((resolve) => setTimeout(resolve, HOLD_LIMIT_MS))]);
      holding = false;
      await route.continue();
    });
    await page.goto(`${pages.origin}${path}`);
    await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.urgent a[href="tel:112"]'));
    const count = (pattern) => record.requests.filter((url) => pattern.test(url)).length;
    const packs = record.requests.map((url) => url.match(PACK)?.[1]).filter(Boolean);
    return { context, page, record, packsWhileHolding, packs, count };
  }

  it('requests the page\'s language pack while the main chunk is still on its way, and each file once', async () => {
    const { context, page, record, packsWhileHolding, packs, count } = await openHoldingMain('/plain.html');
    assert.deepEqual(packsWhileHolding, ['nl']);
    assert.deepEqual(packs, ['nl']);
    assert.equal(count(/\/dist\/eenzaamheid-hulp\.js$/), 1);
    assert.equal(count(MAIN), 1);
    assert.match(await widgetText(page), /Dringend hulp nodig\?/);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(thirdPartyRequests(record), []);
    await context.close();
  });

  it('guesses the pack from <html lang> (fr-BE: the French pack, and never the Dutch one)', async () => {
    const { context, page, record, packsWhileHolding, packs } = await openHoldingMain('/loading/fr.html');
    assert.deepEqual(packsWhileHolding, ['fr']);
    assert.deepEqual(packs, ['fr']);
    assert.match(await widgetText(page), /Besoin d’aide tout de suite \?/);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });

  it('a widget in another language than the page gets its own language: the guess costs a download, not the language', async () => {
    const { context, page, record, packs } = await openHoldingMain('/loading/other-language.html');
    assert.deepEqual([...packs].sort(), ['en', 'nl']);
    const text = await widgetText(page);
    assert.match(text, /Need help now\?/);
    assert.doesNotMatch(text, /Dringend hulp nodig/);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
});
