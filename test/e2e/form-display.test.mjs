import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { openReportForm, widget } from './support/report-flow.mjs';
import { overflow } from './support/hostile.mjs';
import { setControl, startReceiver } from '../server/helpers.mjs';

/**
 * The built form on a 320 px wide screen and in forced colours (Windows high
 * contrast), in each state a resident can meet: nothing may need sideways scrolling,
 * and no frame, button or mark may vanish when the system picks the colours.
 */
const WORDS = {
  nl: { other: 'Over iemand anders: ik maak me zorgen', area: /In welke buurt/, phone: 'Telefoonnummer', agree: /Ik ga akkoord/ },
  fr: { other: 'Quelqu’un d’autre : je m’inquiète', area: /Dans quel quartier/, phone: 'Numéro de téléphone', agree: /J’accepte/ },
  en: { other: 'About someone else: I am worried', area: /Which neighbourhood/, phone: 'Phone number', agree: /I agree/ },
};

describe('the report form at 320 px and in forced colours', () => {
  let browser;
  let pages;
  let rx;
  before(async () => {
    pages = await startPagesServer();
    rx = await startReceiver({ allowedOrigins: [pages.origin], control: true, rateLimit: { limit: 10_000, windowMs: 60_000 } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await pages?.close();
  });
  beforeEach(() => setControl(rx.base, { mode: 'ok' }));

  const open = async (lang, viewport = { width: 320, height: 640 }) => {
    const opened = await openPage(browser, `${pages.origin}/report.html?lang=${lang}&endpoint=${encodeURIComponent(`${rx.base}/reports`)}`, { viewport });
    await openReportForm(opened.page);
    return opened;
  };

  const fill = async (page, lang) => {
    const w = widget(page);
    const words = WORDS[lang];
    await w.getByRole('radio', { name: words.other }).check();
    await w.getByRole('textbox', { name: words.area }).fill('Nekkerspoel');
    await w.getByRole('textbox', { name: words.phone }).fill('0470 12 34 56');
    await w.getByRole('checkbox', { name: words.agree }).check();
  };

  /** Each state, reached from an open form. */
  const states = {
    'errors, optional questions open': async (page) => {
      const w = widget(page);
      await w.locator('details.more > summary').click();
      await w.locator('button.submit').click();
      await w.locator('.error-summary').waitFor();
    },
    'trying again': async (page, lang) => {
      await setControl(rx.base, { mode: '503' });
      await fill(page, lang);
      await widget(page).locator('button.submit').click();
      await widget(page).locator('.attempt[data-next="scheduled"]').waitFor();
    },
    'not sent yet': async (page, lang) => {
      await setControl(rx.base, { mode: 'html' });
      await fill(page, lang);
      await widget(page).locator('button.submit').click();
      await widget(page).locator('.report[data-state="not-sent"]').waitFor();
    },
    sent: async (page, lang) => {
      await fill(page, lang);
      await widget(page).locator('button.submit').click();
      await widget(page).locator('.report[data-state="sent"]').waitFor();
    },
  };

  for (const lang of Object.keys(WORDS)) {
    it(`needs no sideways scrolling at 320 px in any state (${lang})`, async () => {
      for (const [name, reach] of Object.entries(states)) {
        const { page, context } = await open(lang);
        await reach(page, lang);
        const sizes = await overflow(page);
        assert.ok(sizes.page.scrollWidth <= sizes.page.clientWidth, `${name}: page ${JSON.stringify(sizes.page)}`);
        assert.ok(sizes.root.scrollWidth <= sizes.root.clientWidth, `${name}: widget ${JSON.stringify(sizes.root)}`);
        await setControl(rx.base, { mode: 'ok' });
        await context.close();
      }
    });
  }

  it('opens and answers the optional questions with the keyboard alone', async () => {
    const { page, context } = await open('nl', { width: 360, height: 640 });
    const w = widget(page);
    await w.getByRole('textbox', { name: 'E-mailadres' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await w.locator('details.more > summary').evaluate((node) => node.matches(':focus-visible')), true);
    await page.keyboard.press('Enter');
    assert.equal(await w.locator('details.more').evaluate((node) => node.open), true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    assert.equal(await w.getByRole('radio', { name: '18 tot 25 jaar' }).isChecked(), true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    assert.equal(await w.locator('details.more').evaluate((node) => node.open), false);
    await context.close();
  });

  it('keeps every frame, button and mark visible in forced colours', async () => {
    const frames = {
      'errors, optional questions open': ['.error-summary', '.field.has-error', 'button.submit', 'details.more'],
      'trying again': ['button.submit', '.spinner'],
      'not sent yet': ['.urgent-reminder', 'button[part="retry-button"]'],
      sent: ['.outcome.sent', '.calm-lines .call a', '.check'],
    };
    for (const [name, reach] of Object.entries(states)) {
      const { page, context } = await open('nl', { width: 800, height: 900 });
      await page.emulateMedia({ forcedColors: 'active' });
      await reach(page, 'nl');
      for (const selector of frames[name]) {
        const look = await widget(page)
          .locator(selector)
          .first()
          .evaluate((node) => {
            const style = getComputedStyle(node);
            const sides = ['Top', 'Right', 'Bottom', 'Left', 'InlineStart'].map((side) => ({
              width: parseFloat(style[`border${side}Width`]),
              style: style[`border${side}Style`],
              color: style[`border${side}Color`],
            }));
            // The check mark is a stroke, everything else a border.
            if (node instanceof SVGElement) return { drawn: style.stroke !== 'none' && style.stroke !== 'rgba(0, 0, 0, 0)' };
            return { drawn: sides.some((side) => side.width > 0 && side.style !== 'none' && side.color !== 'rgba(0, 0, 0, 0)') };
          });
        assert.ok(look.drawn, `${name}: ${selector} has no visible border in forced colours`);
      }
      await setControl(rx.base, { mode: 'ok' });
      await context.close();
    }
  });
});
