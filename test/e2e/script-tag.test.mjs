import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';

describe('dist/eenzaamheid-hulp.js in a plain HTML page', () => {
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

  it('renders the help with one script tag, with no errors and no third-party request', async () => {
    const { page, record, context } = await openPage(browser, `${pages.origin}/plain.html`);
    await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp')?.shadowRoot?.querySelector('.urgent'));
    const hrefs = await page.locator('eenzaamheid-hulp .urgent a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['tel:112', 'tel:1813', 'tel:106']);
    assert.match(await widgetText(page), /Zorgzame buurt Heembeemd/);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(thirdPartyRequests(record), []);
    await context.close();
  });

  it('works when the script is loaded twice, and again after the load event', async () => {
    const { page, record, context } = await openPage(browser, `${pages.origin}/twice.html`);
    await page.waitForLoadState('load');
    await page.addScriptTag({ type: 'module', url: `${pages.origin}/dist/eenzaamheid-hulp.js?late=1` });
    await page.evaluate(() => document.body.append(document.createElement('eenzaamheid-hulp')));
    await page.waitForFunction(() => [...document.querySelectorAll('eenzaamheid-hulp')].every((el) => el.shadowRoot?.querySelector('.urgent')));
    assert.equal(await page.locator('eenzaamheid-hulp').count(), 2);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
});
