import { expect, html, oneEvent } from '@open-wc/testing';
import { $$, renderWidget, typeSearch, waitFor } from '../support/helpers.js';

const cards = (el: Element) => $$(el, '.finder [data-resource-id]').length;

describe('a long result list', () => {
  it('renders a screenful first and the rest over the next frames', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp content-src="/fixtures/content/many.json"></eenzaamheid-hulp>`);
    await oneEvent(el, 'eh-content-load');
    await el.updateComplete;
    const first = cards(el);
    expect(first).to.be.at.most(24);
    expect(first).to.be.greaterThan(0);
    // 300 initiatives + the helplines, all there a few frames later.
    await waitFor(() => cards(el) >= 300, 'the whole list');
  });

  it('starts from a screenful again for a new search, and announces the full count', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp content-src="/fixtures/content/many.json"></eenzaamheid-hulp>`);
    await oneEvent(el, 'eh-content-load');
    await waitFor(() => cards(el) >= 300, 'the whole list');
    await typeSearch(el, 'wandelen');
    await waitFor(() => cards(el) === 150, 'all 150 matches');
    expect(el.shadowRoot!.querySelector('.result-count')!.textContent).to.contain('150');
  });
});
