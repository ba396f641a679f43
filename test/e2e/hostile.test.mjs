import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { fillAboutNeighbour, widget } from './support/report-flow.mjs';
import {
  URGENT,
  URGENT_EN,
  URGENT_FR,
  fillAboutNeighbourEnglish,
  keyboardOpensRoute,
  openForm,
  outcome,
  overflow,
  urgentHrefs,
  visibleBox,
} from './support/hostile.mjs';
import { countReports, setControl, startReceiver } from '../server/helpers.mjs';

/**
 * The built script (dist/) in partner pages that fight back: hostile CSS, a strict
 * CSP, Trusted Types, a host <form>, two widgets, properties set before upgrade,
 * removal mid-send, a polluted Object.prototype, right-to-left, <base href>, cache
 * busting, a taken or wrapped registry, a language switch, cross-origin isolation
 * and a CDN. Real Chromium, real response headers from a real HTTP server on
 * 127.0.0.1, and the real receiver with its SQLite database.
 *
 * Every page lives in test/e2e/pages/hostile/ as static files: no inline script or
 * style, so the same files run under the CSP pages.
 */

const EVIL = /^https?:\/\/evil\.example\//;

describe('the built widget in host pages that fight back', () => {
  let browser;
  let pages;
  let cdn;
  let rx;

  // The strict policy of case 2; the receiver's port is only known once it listens.
  const csp = () =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src 'self' ${rx.base}`,
      "img-src 'self' data:",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'self'",
    ].join('; ');
  const trustedTypes = (names) => `${csp()}; require-trusted-types-for 'script'; trusted-types ${names}`;
  const PAGE_HEADERS = {
    '/hostile/csp.html': () => ({ 'content-security-policy': csp() }),
    '/hostile/tt.html': () => ({ 'content-security-policy': trustedTypes('lit-html') }),
    '/hostile/tt-cachebust.html': () => ({ 'content-security-policy': trustedTypes('lit-html') }),
    '/hostile/tt-none.html': () => ({ 'content-security-policy': trustedTypes("'none'") }),
    '/hostile/tt-no-jsonld.html': () => ({ 'content-security-policy': trustedTypes('lit-html') }),
    '/hostile/isolated.html': () => ({
      'content-security-policy': csp(),
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-opener-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
    }),
  };

  before(async () => {
    pages = await startPagesServer({ headers: (path) => PAGE_HEADERS[path]?.() ?? {} });
    // A CDN on another site (localhost is another site than 127.0.0.1): CORS for module scripts.
    cdn = await startPagesServer({ headers: (path) => (path.startsWith('/dist/') ? { 'access-control-allow-origin': '*' } : {}) });
    rx = await startReceiver({
      allowedOrigins: [pages.origin],
      control: true,
      rateLimit: { limit: 1000, windowMs: 60_000 },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await cdn?.close();
    await pages?.close();
  });
  beforeEach(async () => {
    await setControl(rx.base, { mode: 'ok' });
    rx.db.prepare('DELETE FROM reports').run();
  });

  const endpoint = () => `${rx.base}/reports`;
  const url = (path, query = {}) => {
    const params = new URLSearchParams({ endpoint: endpoint(), ...query });
    return `${pages.origin}/hostile/${path}?${params}`;
  };

  /**
   * Opens a page with every request to evil.example answered by a network error and
   * remembered (method and body too), so nothing leaves this machine whatever the page does.
   */
  async function open(target, options) {
    const { context, page, record } = await openPage(browser, undefined, options);
    const evilHits = [];
    await context.route(EVIL, (route) => {
      const request = route.request();
      evilHits.push({ url: request.url(), method: request.method(), body: request.postData() });
      return route.abort();
    });
    if (target) await page.goto(target);
    return { context, page, record, evilHits };
  }

  /** The report flow in Dutch; returns the final state, the stored count and the POSTs to the receiver. */
  async function sendDutchReport(page, record) {
    const posts = record.requests.length;
    await openForm(page, record);
    await fillAboutNeighbour(page);
    await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
    const state = await outcome(page);
    const toEndpoint = record.requests.slice(posts).filter((request) => request === endpoint());
    return { state, stored: countReports(rx.db), toEndpoint };
  }

  const violations = (page) => page.evaluate(() => window.__violations);

  describe('1. aggressive global CSS', () => {
    it('keeps its own type, shows 44 px call links and stays usable by keyboard', async () => {
      const { page, record, context } = await open(url('css.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      const style = await widget(page).evaluate((el) => {
        const root = el.shadowRoot.querySelector('.root');
        const heading = el.shadowRoot.querySelector('.urgent h3, .urgent h2, .urgent h4');
        const intro = el.shadowRoot.querySelector('.intro p');
        const pick = (node) => {
          const s = getComputedStyle(node);
          return {
            fontSize: s.fontSize,
            fontFamily: s.fontFamily,
            lineHeight: s.lineHeight,
            textTransform: s.textTransform,
            letterSpacing: s.letterSpacing,
            whiteSpace: s.whiteSpace,
            fontStyle: s.fontStyle,
          };
        };
        return { root: pick(root), heading: pick(heading), intro: pick(intro), hostFontFamily: getComputedStyle(el).fontFamily };
      });
      // The theme really applies to the page (and to the host element itself) ...
      assert.match(style.hostFontFamily, /Comic Sans/);
      // ... but not inside the widget.
      assert.equal(style.root.fontSize, '16px');
      assert.equal(style.root.lineHeight, '24px');
      assert.equal(style.root.textTransform, 'none');
      assert.doesNotMatch(style.root.fontFamily, /Comic Sans/);
      for (const part of [style.heading, style.intro]) {
        assert.equal(part.textTransform, 'none');
        assert.equal(part.letterSpacing, 'normal');
        assert.equal(part.whiteSpace, 'normal');
        assert.equal(part.fontStyle, 'normal');
        assert.doesNotMatch(part.fontFamily, /Comic Sans/);
      }
      assert.equal(style.intro.fontSize, '16px');
      const links = widget(page).locator('.urgent a[href^="tel:"]');
      for (let i = 0; i < URGENT.length; i += 1) {
        const box = await visibleBox(links.nth(i), 44);
        assert.ok(box, `call link ${URGENT[i]} is not visible at 44 px: ${JSON.stringify(await links.nth(i).boundingBox())}`);
        assert.equal(await links.nth(i).evaluate((a) => getComputedStyle(a).textTransform), 'none');
      }
      await keyboardOpensRoute(page);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('2. strict Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
    it('renders styled, works by keyboard and sends a report with zero violations', async () => {
      const { page, record, context } = await open(url('csp.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      // The styles really apply (constructable style sheets, no <style> or style="").
      assert.equal(await widget(page).locator('.root').evaluate((el) => getComputedStyle(el).fontSize), '16px');
      assert.ok(await visibleBox(widget(page).locator('.urgent a[href="tel:112"]'), 44));
      assert.deepEqual(await violations(page), []);
      await keyboardOpensRoute(page);
      assert.deepEqual(await violations(page), []);
      const { state, stored, toEndpoint } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.equal(toEndpoint.length, 1);
      // The search chunk and the form chunk loaded under script-src 'self'.
      assert.ok(record.requests.some((r) => /\/dist\/chunks\/form-[^/]+\.js$/.test(r)));
      assert.ok(record.requests.some((r) => /\/dist\/chunks\/search-[^/]+\.js$/.test(r)));
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('3. Trusted Types enforced', () => {
    it('needs exactly one policy, "lit-html", and then renders and sends with zero violations', async () => {
      const { page, record, context } = await open(url('tt.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      // Every policy the widget (entry and all its chunks) created, after render, route, form and send.
      assert.deepEqual(await page.evaluate(() => window.__policies), ['lit-html']);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('without a JSON-LD block in the page, the widget adds one with zero violation reports; everything else works', async () => {
      const { page, record, context } = await open(url('tt-no-jsonld.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"][data-eenzaamheid-hulp]'), null, { timeout: 5000 });
      // The block as a crawler's serialised copy of the page has it: the JSON alone, no markers.
      const block = await page.evaluate(() => {
        const script = document.head.querySelector('script[type="application/ld+json"][data-eenzaamheid-hulp]');
        return { html: script.innerHTML, count: document.querySelectorAll('script[type="application/ld+json"]').length };
      });
      assert.equal(block.count, 1);
      assert.equal(JSON.parse(block.html)['@graph'][0]['@type'], 'GovernmentService');
      await keyboardOpensRoute(page);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.deepEqual(await page.evaluate(() => window.__policies), ['lit-html']);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      await context.close();
    });

    it("with trusted-types 'none' the element never upgrades: the page's light-DOM fallback is what the resident gets", async () => {
      const { page, record, context } = await open(url('tt-none.html'));
      await page.waitForLoadState('load');
      await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5_000 });
      const state = await page.evaluate(() => ({
        defined: customElements.get('eenzaamheid-hulp') !== undefined,
        shadow: document.querySelector('eenzaamheid-hulp').shadowRoot !== null,
        policies: window.__policies,
      }));
      assert.deepEqual(state, { defined: false, shadow: false, policies: ['lit-html'] });
      // What the resident sees: the fallback paragraph the partner put inside the element, with live tel: links.
      const fallback = page.locator('eenzaamheid-hulp > .fallback a[href^="tel:"]');
      assert.deepEqual(await fallback.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), URGENT);
      for (let i = 0; i < URGENT.length; i += 1) assert.ok(await visibleBox(fallback.nth(i)), `${URGENT[i]} fallback not visible`);
      assert.equal(await widgetText(page), '');
      // The errors, exactly.
      assert.deepEqual(record.pageErrors, [
        `TypeError: Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "lit-html" disallowed.`,
      ]);
      assert.deepEqual(record.consoleErrors, [
        `Creating a TrustedTypePolicy named 'lit-html' violates the following Content Security policy directive: "trusted-types 'none'". The action has been blocked.`,
      ]);
      const seen = await violations(page);
      assert.equal(seen.length, 1);
      assert.equal(seen[0].directive, 'trusted-types');
      assert.equal(seen[0].sample, 'lit-html');
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('with a cache-busting query on the script, the form still opens and sends under "trusted-types lit-html"', async () => {
      // The chunks import "../eenzaamheid-hulp.js" without the query: a second copy of the
      // entry (and of Lit) is evaluated and asks for a second "lit-html" policy.
      const { page, record, context } = await open(url('tt-cachebust.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(record.pageErrors, []);
      await context.close();
    });
  });

  describe('4. inside a host <form action="/should-not-submit">', () => {
    it('Enter in the widget and sending a report never submit or navigate the host form', async () => {
      const target = url('form.html');
      const { page, record, context } = await open(target);
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      // Enter in the search box (outside the report form).
      await widget(page).locator('input[type="search"]').fill('buren');
      await widget(page).locator('input[type="search"]').press('Enter');
      // Enter in a text field of the empty report form: the widget validates, the host stays.
      await openForm(page, record);
      await widget(page).getByRole('textbox', { name: /In welke buurt/ }).press('Enter');
      await widget(page).locator('.error-summary').waitFor({ timeout: 5_000 });
      // Then filled in, sent with Enter from the last text field.
      await fillAboutNeighbour(page);
      await widget(page).getByRole('textbox', { name: 'Telefoonnummer' }).press('Enter');
      assert.equal(await outcome(page), 'sent');
      assert.equal(countReports(rx.db), 1);
      await page.waitForTimeout(300);
      assert.equal(page.url(), target);
      assert.equal(await page.evaluate(() => window.__hostSubmits), 0);
      assert.ok(!record.requests.some((r) => r.includes('/should-not-submit')), 'the host form was submitted');
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('5. two widgets with different settings on one page', () => {
    it('each shows its own language, partner preset and sections', async () => {
      const { page, record, context } = await open(`${pages.origin}/hostile/two.html`);
      assert.deepEqual(await urgentHrefs(page, '#fr'), URGENT_FR);
      assert.deepEqual(await urgentHrefs(page, '#en'), URGENT_EN);
      const fr = await widgetText(page, '#fr');
      const en = await widgetText(page, '#en');
      assert.match(fr, /Besoin d’aide tout de suite \?/);
      assert.match(fr, /Je me sens seul ou seule/);
      assert.doesNotMatch(fr, /Need help now\?/);
      assert.match(en, /Need help now\?/);
      assert.doesNotMatch(en, /Besoin d’aide|Dringend hulp nodig/);
      const settings = await page.evaluate(() =>
        ['#fr', '#en'].map((id) => {
          const root = document.querySelector(id).shadowRoot;
          return {
            lang: root.querySelector('.root').getAttribute('lang'),
            accent: root.querySelector('.root').style.getPropertyValue('--eh-preset-accent'),
            routes: root.querySelector('.routes') !== null,
            finder: root.querySelector('input[type="search"]') !== null,
            meldpunt: root.querySelector('.meldpunt') !== null,
            audience: root.querySelector('.audience input:checked')?.value ?? null,
          };
        }),
      );
      assert.deepEqual(settings, [
        { lang: 'fr', accent: '#5a2d82', routes: true, finder: true, meldpunt: true, audience: 'youth' },
        { lang: 'en', accent: '', routes: false, finder: true, meldpunt: false, audience: 'everyone' },
      ]);
      // Only the French widget has routes: Tab reaches its route button, Enter opens it.
      const { heading } = await keyboardOpensRoute(page);
      assert.equal(heading, 'De l’aide pour vous');
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('6. properties set before the element is upgraded', () => {
    it('honours lang and endpoint set as properties by an earlier page script', async () => {
      const { page, record, context } = await open(url('preupgrade.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT_EN);
      assert.equal(await page.evaluate(() => window.__upgradedBefore), false);
      assert.match(await widgetText(page), /Need help now\?/);
      await keyboardOpensRoute(page);
      await openForm(page, record);
      await fillAboutNeighbourEnglish(page);
      await widget(page).getByRole('button', { name: 'Send report' }).click();
      assert.equal(await outcome(page), 'sent');
      const rows = rx.db.prepare('SELECT lang, partner FROM reports').all();
      assert.deepEqual(rows.map((row) => ({ ...row })), [{ lang: 'en', partner: 'samana' }]);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('7. removed and re-added while a report is in flight', () => {
    it('stores exactly one report and shows the success state after re-adding', async () => {
      await setControl(rx.base, { mode: 'slow', delayMs: 1500, times: 1 });
      const { page, record, context } = await open(url('basic.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      await openForm(page, record);
      await fillAboutNeighbour(page);
      await widget(page).getByRole('button', { name: 'Melding versturen' }).click();
      const removedWhile = await page.evaluate(async () => {
        const el = document.querySelector('eenzaamheid-hulp');
        const state = el.shadowRoot.querySelector('.report')?.getAttribute('data-state');
        const parent = el.parentNode;
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const connectedAfterRemove = el.isConnected;
        parent.append(el);
        return { state, connectedAfterRemove };
      });
      assert.deepEqual(removedWhile, { state: 'sending', connectedAfterRemove: false });
      assert.equal(await outcome(page), 'sent');
      assert.equal(countReports(rx.db), 1);
      assert.equal(await page.locator('eenzaamheid-hulp').count(), 1);
      assert.equal(await widget(page).locator('.report[data-state="sent"]').count(), 1);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('8. a polluted Object.prototype', () => {
    const BRIEF = [
      'endpoint', '__endpoint', 'partner', 'lang', 'credentials', 'headers', 'prefixUrl', 'prefix',
      'method', 'json', 'body', 'href', 'innerHTML', 'source',
    ];

    it('plain assignment (enumerable) of every name: renders, stays local, one report to the configured endpoint', async () => {
      const { page, record, context, evilHits } = await open(url('polluted.html', { only: BRIEF.join(',') }));
      assert.deepEqual(await page.evaluate(() => window.__polluted), BRIEF);
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      const { state, stored, toEndpoint } = await sendDutchReport(page, record);
      assert.deepEqual(evilHits, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.equal(toEndpoint.length, 1);
      assert.deepEqual(record.pageErrors, []);
      await context.close();
    });

    it('one unrelated enumerable property (Object.prototype.harmless = 1): the form still loads and sends', async () => {
      // The smallest case: no name the widget uses, only one more key for every for-in loop.
      const { page, record, context } = await open(url('polluted.html', { only: 'harmless' }));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('non-enumerable pollution of names the widget must ignore changes nothing', async () => {
      const harmless = ['endpoint', '__endpoint', 'partner', 'lang', 'prefixUrl', 'json', 'href', 'innerHTML', 'source'];
      const { page, record, context, evilHits } = await open(url('polluted.html', { only: harmless.join(','), hidden: '1' }));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      const { state, stored, toEndpoint } = await sendDutchReport(page, record);
      assert.deepEqual(evilHits, []);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.equal(toEndpoint.length, 1);
      const row = rx.db.prepare('SELECT partner, lang, page FROM reports').get();
      assert.deepEqual({ ...row }, { partner: 'samana', lang: 'nl', page: `${pages.origin}/hostile/polluted.html` });
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    // One fetch option at a time, non-enumerable so only plain property reads see it.
    for (const name of ['prefix', 'credentials', 'headers', 'method', 'body']) {
      it(`non-enumerable Object.prototype.${name}: the report still goes, unchanged and without cookies, to the endpoint once`, async () => {
        const { page, record, context, evilHits } = await open(url('polluted.html', { only: name, hidden: '1' }));
        await context.addCookies([{ name: 'session', value: 'partner-login', domain: '127.0.0.1', path: '/' }]);
        const posts = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(rx.base) || request.method() === 'OPTIONS') return;
          posts.push(
            request.allHeaders().then((headers) => {
              let json = false;
              try {
                json = JSON.parse(request.postData() ?? '').schemaVersion === 1;
              } catch {}
              return {
                method: request.method(),
                cookie: headers.cookie ?? null,
                contentType: headers['content-type'] ?? null,
                idempotencyKey: typeof headers['idempotency-key'] === 'string',
                json,
              };
            }),
          );
        });
        assert.deepEqual(await urgentHrefs(page), URGENT);
        const { state, stored } = await sendDutchReport(page, record);
        const leaked = evilHits.map((hit) => `${hit.method} ${hit.url}${hit.body?.includes('0470 12 34 56') ? ' (body holds the phone number)' : ''}`);
        assert.deepEqual(leaked, []);
        assert.deepEqual(thirdPartyRequests(record), []);
        const sent = await Promise.all(posts);
        assert.ok(sent.length >= 1, 'nothing was posted to the receiver');
        assert.deepEqual(sent[0], { method: 'POST', cookie: null, contentType: 'application/json', idempotencyKey: true, json: true });
        assert.equal(stored, 1);
        assert.equal(state, 'sent', `the widget ended in "${state}"; console: ${JSON.stringify(record.consoleErrors.slice(0, 2))}`);
        assert.equal(sent.length, 1);
        assert.deepEqual(record.pageErrors, []);
        await context.close();
      });
    }
  });

  describe('9. a right-to-left page at 320 px', () => {
    it('renders without horizontal overflow, closed and with a route and the form open', async () => {
      const { page, record, context } = await open(url('rtl.html'), { viewport: { width: 320, height: 640 } });
      assert.deepEqual(await urgentHrefs(page), URGENT);
      assert.equal(await widget(page).locator('.root').evaluate((el) => getComputedStyle(el).direction), 'rtl');
      const checks = [['closed', await overflow(page)]];
      await keyboardOpensRoute(page);
      checks.push(['route open', await overflow(page)]);
      await openForm(page, record);
      checks.push(['form open', await overflow(page)]);
      for (const [when, o] of checks) {
        assert.ok(o.host.scrollWidth <= o.host.clientWidth + 1, `${when}: widget overflows ${JSON.stringify(o)}`);
        assert.ok(o.root.scrollWidth <= o.root.clientWidth + 1, `${when}: .root overflows ${JSON.stringify(o)}`);
        assert.ok(o.page.scrollWidth <= o.page.clientWidth + 1, `${when}: page scrolls sideways ${JSON.stringify(o)}`);
      }
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });

  describe('10. what a webmaster or an attacker tries next', () => {
    it('<base href="https://evil.example/">: chunks load relative to the script, nothing goes to evil.example', async () => {
      const { page, record, context, evilHits } = await open(url('base.html'));
      assert.equal(await page.evaluate(() => document.baseURI), 'https://evil.example/');
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.ok(record.requests.some((r) => r.startsWith(`${pages.origin}/dist/chunks/form-`)));
      assert.deepEqual(evilHits, []);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('a cache-busting query on the script: one copy of the script, and the form works', async () => {
      const { page, record, context } = await open(url('cachebust.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      // The entry is downloaded and evaluated once; a chunk must not fetch it again without the query.
      const entries = record.requests.filter((r) => new URL(r).pathname === '/dist/eenzaamheid-hulp.js');
      assert.deepEqual(entries, [`${pages.origin}/dist/eenzaamheid-hulp.js?v=20250101`]);
      await context.close();
    });

    it('the name is already taken by another element: the script does not throw, the other element keeps working', async () => {
      const { page, record, context } = await open(`${pages.origin}/hostile/taken.html`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => {
        const el = document.querySelector('eenzaamheid-hulp');
        return { constructor: customElements.get('eenzaamheid-hulp').name, old: el.dataset.oldWidget, shadow: el.shadowRoot !== null };
      });
      assert.deepEqual(state, { constructor: 'OldWidget', old: 'yes', shadow: false });
      // The page's fallback content, with the numbers, is still what the resident can use.
      const fallback = page.locator('eenzaamheid-hulp > .fallback a[href^="tel:"]');
      assert.deepEqual(await fallback.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), URGENT);
      assert.ok(await visibleBox(fallback.first()));
      assert.ok(record.requests.some((r) => r.endsWith('/dist/eenzaamheid-hulp.js')), 'the script was not even loaded');
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('a wrapped window.customElements (tag manager or polyfill): defines through it and works', async () => {
      const { page, record, context } = await open(url('registry-wrapper.html'));
      assert.deepEqual(await urgentHrefs(page), URGENT);
      assert.deepEqual(await page.evaluate(() => window.__defined), ['eenzaamheid-hulp']);
      await keyboardOpensRoute(page);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('the page switches <html lang> to French after load: the widget follows', async () => {
      const { page, record, context } = await open(`${pages.origin}/hostile/lang-switch.html`);
      assert.deepEqual(await urgentHrefs(page), URGENT);
      assert.match(await widgetText(page), /Dringend hulp nodig\?/);
      await page.locator('#to-fr').click();
      await page.waitForFunction(() => document.querySelector('eenzaamheid-hulp').shadowRoot.textContent.includes('Besoin d’aide tout de suite'), null, { timeout: 5_000 });
      assert.equal(await widget(page).locator('.root').getAttribute('lang'), 'fr');
      assert.deepEqual(await urgentHrefs(page), URGENT_FR);
      const { heading } = await keyboardOpensRoute(page);
      assert.match(heading, /De l’aide pour vous|Vous vous inquiétez/);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('a 320 px viewport (left to right): no horizontal scroll, closed, with a route and with the form open', async () => {
      const { page, record, context } = await open(url('basic.html'), { viewport: { width: 320, height: 640 } });
      assert.deepEqual(await urgentHrefs(page), URGENT);
      const checks = [['closed', await overflow(page)]];
      await keyboardOpensRoute(page);
      checks.push(['route open', await overflow(page)]);
      await openForm(page, record);
      checks.push(['form open', await overflow(page)]);
      for (const [when, o] of checks) {
        assert.ok(o.host.scrollWidth <= o.host.clientWidth + 1, `${when}: widget overflows ${JSON.stringify(o)}`);
        assert.ok(o.page.scrollWidth <= o.page.clientWidth + 1, `${when}: page scrolls sideways ${JSON.stringify(o)}`);
      }
      for (let i = 0; i < URGENT.length; i += 1) {
        const box = await visibleBox(widget(page).locator('.urgent a[href^="tel:"]').nth(i), 44);
        assert.ok(box && box.x >= 0 && box.x + box.width <= 321, `call link ${URGENT[i]} is off screen: ${JSON.stringify(box)}`);
      }
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('COEP require-corp + COOP same-origin + nosniff + strict CSP: chunks load, report sent, zero violations', async () => {
      const { page, record, context } = await open(url('isolated.html'));
      assert.equal(await page.evaluate(() => window.crossOriginIsolated), true);
      assert.deepEqual(await urgentHrefs(page), URGENT);
      await keyboardOpensRoute(page);
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      for (const chunk of ['form', 'search', 'nl']) {
        assert.ok(record.requests.some((r) => new RegExp(`/dist/chunks/${chunk}-[^/]+\\.js$`).test(r)), `${chunk} chunk not loaded`);
      }
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });

    it('the script from a CDN on another site: no cookie on the script, its chunks or the report', async () => {
      const cdnOrigin = cdn.origin.replace('127.0.0.1', 'localhost');
      const { page, record, context } = await open(null);
      await context.addCookies([
        { name: 'partner_session', value: 'page-secret', domain: '127.0.0.1', path: '/' },
        { name: 'cdn_tracker', value: 'cdn-secret', domain: 'localhost', path: '/' },
      ]);
      const seen = [];
      page.on('request', (request) => {
        if (request.url().startsWith(cdnOrigin) || request.url().startsWith(rx.base)) {
          seen.push(request.allHeaders().then((headers) => ({ url: request.url(), cookie: headers.cookie ?? null })));
        }
      });
      await page.goto(`${pages.origin}/hostile/cdn.html?${new URLSearchParams({ endpoint: endpoint(), cdn: cdnOrigin })}`);
      assert.deepEqual(await urgentHrefs(page), URGENT);
      // The cookies are there, and the page's own requests carry them.
      assert.equal(await page.evaluate(() => document.cookie), 'partner_session=page-secret');
      const { state, stored } = await sendDutchReport(page, record);
      assert.equal(state, 'sent');
      assert.equal(stored, 1);
      const requests = await Promise.all(seen);
      const scripts = requests.filter((r) => r.url.startsWith(cdnOrigin));
      assert.ok(scripts.some((r) => r.url === `${cdnOrigin}/dist/eenzaamheid-hulp.js`));
      assert.ok(scripts.some((r) => /\/dist\/chunks\/form-[^/]+\.js$/.test(r.url)), 'the form chunk did not come from the CDN');
      assert.deepEqual(requests.filter((r) => r.cookie !== null), []);
      assert.ok(requests.some((r) => r.url === endpoint()), 'the report was not posted');
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(thirdPartyRequests(record), []);
      await context.close();
    });
  });
});
