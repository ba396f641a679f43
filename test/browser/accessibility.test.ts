import { expect, html } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { $, renderWidget, typeSearch, waitFor } from '../support/helpers.js';

type State = { name: string; act: (el: EenzaamheidHulp) => Promise<void> };

const states: State[] = [
  { name: 'first render', act: async () => {} },
  {
    name: 'route: for myself',
    act: async (el) => {
      $(el, '.route-button[data-route="self"]').click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-panel') !== null, 'the route’s steps');
    },
  },
  {
    name: 'route: someone else',
    act: async (el) => {
      $(el, '.route-button[data-route="other"]').click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-panel') !== null, 'the route’s steps');
    },
  },
  { name: 'search with results', act: (el) => typeSearch(el, 'buren') },
  { name: 'search without results', act: (el) => typeSearch(el, 'qwertyuiop') },
  {
    name: 'youth filter',
    act: async (el) => {
      (el.shadowRoot!.querySelector('input[value="youth"]') as HTMLInputElement).click();
      await el.updateComplete;
    },
  },
];

describe('<eenzaamheid-hulp> accessibility (axe)', () => {
  for (const lang of ['nl', 'fr', 'en']) {
    for (const state of states) {
      it(`is axe-clean in ${lang}: ${state.name}`, async () => {
        const el = await renderWidget(html`<eenzaamheid-hulp lang=${lang}></eenzaamheid-hulp>`);
        await state.act(el);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is axe-clean in the dark theme', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp theme="dark"></eenzaamheid-hulp>`);
    await expect(el).to.be.accessible();
  });

  it('keeps a route’s steps inside a 320 px wide page without horizontal scrolling', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    const el = document.createElement('eenzaamheid-hulp') as EenzaamheidHulp;
    el.setAttribute('lang', 'fr');
    wrapper.append(el);
    try {
      await waitFor(() => el.shadowRoot?.querySelector('.route-button') != null, 'the routes');
      (el.shadowRoot!.querySelector('.route-button[data-route="other"]') as HTMLElement).click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-panel') !== null, 'the route’s steps');
      const root = el.shadowRoot!.querySelector('.root') as HTMLElement;
      expect(root.scrollWidth).to.be.at.most(320);
    } finally {
      wrapper.remove();
    }
  });

  it('keeps the widget inside a 320 px wide page without horizontal scrolling', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    const el = document.createElement('eenzaamheid-hulp');
    wrapper.append(el);
    await (el as EenzaamheidHulp).updateComplete;
    const root = el.shadowRoot!.querySelector('.root') as HTMLElement;
    expect(root.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    wrapper.remove();
  });

  it('does not follow the host root font size', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect(getComputedStyle($(el, '.root')).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
