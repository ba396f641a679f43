import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, renderWidget } from '../support/helpers.js';

const presets = [
  { id: 'stad-mechelen', accent: '#9b1c31', audience: 'everyone', firstRoute: 'self' },
  { id: 'samana', accent: '#005f73', audience: 'carers', firstRoute: 'other' },
  { id: 'jeugddienst', accent: '#5a2d82', audience: 'youth', firstRoute: 'self' },
  { id: 'overkop', accent: '#8a3b00', audience: 'youth', firstRoute: 'self' },
];

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
/** The partner's accent shows on the chosen audience chip (and links, buttons of the finder and the form). */
const accentOf = (el: HTMLElement) => getComputedStyle($(el, '.chip:has(input:checked)')).borderTopColor;
/** The calm accent of the ways in: never a partner's colour (the city's is a red close to the urgent lines'). */
const CALM = { light: '#1b5e7a', dark: '#7cc7e8' };

describe('partner presets', () => {
  for (const preset of presets) {
    it(`${preset.id}: accent, the audience and the route that come first; route buttons stay calm`, async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp partner=${preset.id}></eenzaamheid-hulp>`);
      expect(accentOf(el)).to.equal(rgb(preset.accent));
      for (const button of $$(el, '.route-button')) expect(getComputedStyle(button).backgroundColor).to.equal(rgb(CALM.light));
      expect(($(el, `input[value="${preset.audience}"]`) as HTMLInputElement).checked).to.equal(true);
      expect($$(el, '.route-button').map((b) => b.dataset.route)[0]).to.equal(preset.firstRoute);
    });
  }

  it('lets --eh-color-accent win over a preset', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp partner="samana" style="--eh-color-accent: #123456"></eenzaamheid-hulp>`);
    expect(accentOf(el)).to.equal(rgb('#123456'));
  });

  it('lets --eh-color-calm set the route buttons’ colour', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp partner="stad-mechelen" style="--eh-color-calm: #234567"></eenzaamheid-hulp>`);
    expect(getComputedStyle($(el, '.route-button')).backgroundColor).to.equal(rgb('#234567'));
  });
});

describe('theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const background = async (theme: string | undefined) => {
    const el = await renderWidget(html`<eenzaamheid-hulp theme=${theme ?? ''}></eenzaamheid-hulp>`);
    if (!theme) el.removeAttribute('theme');
    return getComputedStyle($(el, '.root')).backgroundColor;
  };

  it('follows the visitor’s dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await background(undefined)).to.equal(rgb('#15191d'));
    await emulateMedia({ colorScheme: 'light' });
    expect(await background(undefined)).to.equal(rgb('#ffffff'));
  });

  it('theme="dark" and theme="light" override the visitor’s scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(await background('dark')).to.equal(rgb('#15191d'));
    await emulateMedia({ colorScheme: 'dark' });
    expect(await background('light')).to.equal(rgb('#ffffff'));
  });

  it('uses the preset’s dark accent in the dark theme', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp partner="overkop" theme="dark"></eenzaamheid-hulp>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accentOf(el)).to.equal(rgb('#ffb27a'));
    expect(getComputedStyle($(el, '.route-button')).backgroundColor).to.equal(rgb(CALM.dark));
  });
});

describe('presets stay accessible (axe, contrast included)', () => {
  for (const preset of presets) {
    for (const theme of ['light', 'dark']) {
      it(`${preset.id}, ${theme}`, async () => {
        const el = await renderWidget(html`<eenzaamheid-hulp partner=${preset.id} theme=${theme}></eenzaamheid-hulp>`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await expect(el).to.be.accessible();
      });
    }
  }
});
