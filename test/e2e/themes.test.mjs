/**
 * The generated embed code inside real CMS themes' CSS (WordPress Twenty Twenty-Five,
 * Bootstrap 5, Tailwind CSS 4's preflight, a model of Drupal Olivero; where each CSS
 * comes from: support/theme-css.mjs). For each theme, at 390 px (a phone) and 1280 px,
 * both as the fallback (JavaScript off: what shows before the upgrade and without the
 * script) and as the upgraded widget:
 *   - the page does not scroll sideways;
 *   - the embed sits in the theme's content column (the column's own paragraph is the
 *     measure): not wider, not beside it;
 *   - the fallback's phone links say what they do ("Bel …: 112"), whatever the theme does
 *     to link colours and underlines.
 * The measured widths are printed as test diagnostics.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { generateEmbed } from '../../dist/lib/embed/index.js';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';
import { launch, openPage, thirdPartyRequests } from './support/browser.mjs';
import { URGENT, urgentHrefs } from './support/hostile.mjs';
import { THEMES } from './support/theme-css.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const WIDTHS = [390, 1280];
/** The call-to-action a phone link in the Dutch fallback starts with (the widget's `call` message). */
const CALL_LINK = /^Bel .+: \d+$/;

/** Where the embed and the column's reference paragraph are, and how wide the page scrolls. */
function measure() {
  const box = (node) => {
    const r = node.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  };
  const element = document.querySelector('eenzaamheid-hulp');
  const upgraded = Boolean(element.shadowRoot?.querySelector('.root'));
  // Before the upgrade the element is only its light-DOM children: measure those.
  const parts = upgraded ? [element] : [...element.children];
  const boxes = parts.map(box);
  return {
    upgraded,
    viewport: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
    column: box(document.querySelector('#column-text')),
    embed: { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) },
    links: [...element.querySelectorAll('a[href^="tel:"]')].map((a) => {
      const style = getComputedStyle(a);
      return { href: a.getAttribute('href'), text: a.textContent.replace(/\s+/g, ' ').trim(), underline: style.textDecorationLine.includes('underline'), color: style.color, textColor: getComputedStyle(a.closest('li, p')).color };
    }),
  };
}

describe('the embed code in CMS themes', { timeout: 180_000 }, () => {
  let browser;
  let server;
  let origin;
  const css = {};
  const figures = [];

  before(async () => {
    for (const [name, theme] of Object.entries(THEMES)) css[name] = await theme.css();
    const embed = generateEmbed({ scriptSrc: '/dist/eenzaamheid-hulp.js', partner: 'stad-mechelen', lang: 'nl', headingLevel: 2 }).html;
    server = createStaticServer({
      root: here('./pages'),
      mounts: { '/dist/': here('../../dist') },
      handle: async (req, res) => {
        const path = new URL(req.url, 'http://localhost').pathname;
        const cssMatch = /^\/theme-css\/(\w+)\.css$/.exec(path);
        if (cssMatch && css[cssMatch[1]] !== undefined) {
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(css[cssMatch[1]]);
          return true;
        }
        const theme = Object.values(THEMES).find((t) => path === `/themes/${t.page}`);
        if (!theme) return false;
        const page = await readFile(here(`./pages/themes/${theme.page}`), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.replace('<!--embed-->', embed));
        return true;
      },
    });
    origin = `http://127.0.0.1:${await listen(server)}`;
    browser = await launch();
  });

  after(async (t) => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    if (figures.length > 0) {
      console.log('\n| theme | width | state | page scroll width | column (px) | embed (px) |\n|---|---|---|---|---|---|');
      for (const f of figures) console.log(`| ${f.theme} | ${f.width} | ${f.state} | ${f.scrollWidth} | ${f.column} | ${f.embed} |`);
    }
  });

  for (const [name, theme] of Object.entries(THEMES)) {
    describe(theme.label, () => {
      for (const width of WIDTHS) {
        for (const state of ['fallback', 'upgraded']) {
          it(`${state} at ${width} px: inside the content column, no sideways scroll`, async () => {
            const { page, record, context } = await openPage(browser, undefined, { viewport: { width, height: 900 }, javaScriptEnabled: state === 'upgraded' });
            await page.goto(`${origin}/themes/${theme.page}`);
            if (state === 'upgraded') assert.deepEqual(await urgentHrefs(page), URGENT, `no widget: ${JSON.stringify(record.pageErrors)}`);
            const m = await page.evaluate(measure);
            figures.push({ theme: name, width, state, scrollWidth: m.scrollWidth, column: `${Math.round(m.column.left)}–${Math.round(m.column.right)}`, embed: `${Math.round(m.embed.left)}–${Math.round(m.embed.right)}` });
            assert.equal(m.upgraded, state === 'upgraded');
            assert.ok(m.scrollWidth <= m.viewport, `the page scrolls sideways: ${m.scrollWidth} px in a ${m.viewport} px window`);
            assert.ok(m.embed.left >= m.column.left - 1 && m.embed.right <= m.column.right + 1, `the embed (${Math.round(m.embed.left)}–${Math.round(m.embed.right)}) is not inside the column (${Math.round(m.column.left)}–${Math.round(m.column.right)})`);
            assert.ok(m.embed.right - m.embed.left >= m.column.width - 1, `the embed is narrower than the column: ${Math.round(m.embed.right - m.embed.left)} < ${Math.round(m.column.width)}`);
            if (state === 'fallback') {
              assert.deepEqual(m.links.slice(0, 3).map((link) => link.href), URGENT);
              for (const link of m.links) assert.match(link.text, CALL_LINK, `${link.href} does not say it calls`);
            }
            assert.deepEqual(record.pageErrors, []);
            assert.deepEqual(thirdPartyRequests(record), []);
            await context.close();
          });
        }
      }
    });
  }
});
