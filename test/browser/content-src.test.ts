import { expect, html } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { $, $$, captureWarnings, renderWidget, resourceIds, waitFor } from '../support/helpers.js';

async function loadWith(src: string, event: 'eh-content-load' | 'eh-content-error', lang = 'nl') {
  let el!: EenzaamheidHulp;
  let fired = false;
  const warnings = await captureWarnings(async () => {
    el = await renderWidget(html`<eenzaamheid-hulp
      lang=${lang}
      content-src=${src}
      @eh-content-load=${() => (fired = event === 'eh-content-load')}
      @eh-content-error=${() => (fired = event === 'eh-content-error')}
    ></eenzaamheid-hulp>`);
    await waitFor(() => fired, event);
    await el.updateComplete;
  });
  return { el, warnings };
}

/** The built-in list on a Dutch page: 9 initiatives and 2 lines that are not urgent (the urgent ones stand above). */
const BUILT_IN_COUNT = 11;

describe('<eenzaamheid-hulp content-src>', () => {
  describe('when the file is valid', () => {
    it('replaces the built-in initiatives, and keeps 112, 1813 and 106', async () => {
      const { el, warnings } = await loadWith('/fixtures/content/ok.json', 'eh-content-load');
      expect(warnings).to.deep.equal([]);
      expect(resourceIds(el)).to.include('remote-koffie');
      expect(resourceIds(el)).not.to.include('ouderenweek');
      expect($$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
    });

    it('extends the built-in content: changes by id keep the built-in words for the rest, new items follow, removed ones go', async () => {
      const { el, warnings } = await loadWith('/fixtures/content/extends.json', 'eh-content-load', 'fr');
      expect(warnings).to.deep.equal([]);
      const ids = resourceIds(el);
      expect(ids).to.include.members(['ouderenweek', 'samana', 'remote-koffie']);
      expect(ids).not.to.include('wegwijzers');
      expect(ids.indexOf('remote-koffie')).to.be.greaterThan(ids.indexOf('samana'));
      const overkop = $(el, '[data-resource-id="overkop"]');
      expect(overkop.querySelector('.reach a')!.getAttribute('href')).to.equal('https://example.org/overkop');
      // What the file does not change keeps the built-in French words.
      expect(overkop.querySelector('.card-title')!.textContent!.trim()).to.equal('OverKop Malines');
      expect(overkop.querySelector('[lang="nl"]')).to.equal(null);
      // A new item in Dutch only says so on a French page.
      expect($(el, '[data-resource-id="remote-koffie"] .card-title [lang="nl"]').textContent).to.equal('Koffieklets in de wijk');
      await waitFor(() => overkop.querySelector('.checked') !== null, 'the source line');
      expect(overkop.querySelector('.checked')!.textContent).to.contain('test fixture');
    });

    it('shows the re-added built-in lines and meldpunt in the widget language', async () => {
      const { el } = await loadWith('/fixtures/content/no-urgent-lines.json', 'eh-content-load', 'fr');
      expect(resourceIds(el)).to.include('awel-102');
      const urgent = $(el, '.urgent [data-resource-id="noodnummer-112"]');
      expect(urgent.textContent).to.contain('Numéro d’urgence');
      expect(urgent.querySelector('[lang="nl"]')).to.equal(null);
      expect($(el, '.meldpunt').textContent).to.contain('Point de contact solitude de Malines');
    });

    it('marks Dutch-only text as lang="nl" inside an English widget', async () => {
      const { el } = await loadWith('/fixtures/content/ok.json', 'eh-content-load', 'en');
      const card = $(el, '[data-resource-id="remote-koffie"]');
      expect(card.querySelector('.card-title')!.textContent).to.equal('Coffee chat');
      expect(card.querySelector('[lang="nl"]')!.textContent).to.equal('Iedereen uit de wijk');
    });
  });

  for (const [name, src] of [
    ['answers 404', '/fixtures/content/missing.json'],
    ['answers 500', '/fixtures/content/server-error.json'],
    ['is an HTML page', '/fixtures/content/html.json'],
    ['fails validation', '/fixtures/content/invalid.json'],
    ['is too large', '/fixtures/content/too-large.json'],
  ] as const) {
    describe(`when the file ${name}`, () => {
      it('keeps the built-in content on screen with one clear console warning', async () => {
        const { el, warnings } = await loadWith(src, 'eh-content-error');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^<eenzaamheid-hulp> content-src .*showing the built-in content\.$/);
        expect(resourceIds(el)).to.have.length(BUILT_IN_COUNT);
        expect($$(el, '.urgent a[href^="tel:"]')).to.have.length(3);
      });
    });
  }

  describe('when one item is bad', () => {
    it('drops that item only, and says which', async () => {
      const { el, warnings } = await loadWith('/fixtures/content/one-bad-item.json', 'eh-content-load');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('1 item(s) dropped');
      expect(warnings[0]).to.contain('initiatives[9]');
      expect(resourceIds(el)).to.have.length(BUILT_IN_COUNT);
    });
  });

  describe('when the file is hostile', () => {
    it('renders markup as text and never renders javascript: or data: links', async () => {
      (window as unknown as { __ehPwned?: boolean }).__ehPwned = false;
      const { el, warnings } = await loadWith('/fixtures/content/hostile.json', 'eh-content-load');
      // The javascript: and data: items fail validation and are dropped; the script text stays text.
      expect(warnings[0]).to.contain('2 item(s) dropped');
      const card = $(el, '[data-resource-id="script-text"]');
      expect(card.querySelector('.card-title')!.textContent).to.contain('<script>');
      expect($$(el, 'script, img, b')).to.have.length(0);
      const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.every((href) => /^(https:|tel:|mailto:)/.test(href))).to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __ehPwned?: boolean }).__ehPwned).to.equal(false);
    });
  });

  describe('when the URL is not https and not same-origin', () => {
    it('refuses it before any request, with a warning', async () => {
      let el!: EenzaamheidHulp;
      const warnings = await captureWarnings(async () => {
        el = await renderWidget(html`<eenzaamheid-hulp content-src="http://example.invalid/content.json"></eenzaamheid-hulp>`);
      });
      expect(warnings.some((w) => w.includes('content-src must be an https: URL'))).to.equal(true);
      expect(resourceIds(el)).to.have.length(BUILT_IN_COUNT);
    });
  });
});
