import { expect, html } from '@open-wc/testing';
import { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { defineEenzaamheidHulp } from '../../src/define.js';
import { $, $$, captureWarnings, renderWidget, resourceIds, waitFor } from '../support/helpers.js';

describe('<eenzaamheid-hulp> configuration', () => {
  it('warns once and falls back for an invalid audience', async () => {
    let el!: EenzaamheidHulp;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget(html`<eenzaamheid-hulp audience="aliens"></eenzaamheid-hulp>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('audience="aliens"'))).to.have.length(1);
    // Everyone: the 9 initiatives and the 2 lines that are not urgent (Awel, 1712); 112, 1813 and 106 stand above.
    expect(resourceIds(el).length).to.equal(11);
  });

  it('warns and uses level 2 for an invalid heading-level', async () => {
    let el!: EenzaamheidHulp;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget(html`<eenzaamheid-hulp heading-level="9"></eenzaamheid-hulp>`);
    });
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
    expect($(el, '.intro h2')).to.exist;
  });

  it('warns about unknown sections and never renders a blank widget', async () => {
    let el!: EenzaamheidHulp;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget(html`<eenzaamheid-hulp sections="nonsense"></eenzaamheid-hulp>`);
    });
    expect(warnings.some((w) => w.includes('"nonsense"'))).to.equal(true);
    expect($$(el, '[part="routes"], [part="finder"], [part="meldpunt"]')).to.have.length(3);
  });

  it('works with an unknown partner id, with a warning', async () => {
    let el!: EenzaamheidHulp;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget(html`<eenzaamheid-hulp partner="unknown-club"></eenzaamheid-hulp>`);
    });
    expect(warnings.some((w) => w.includes('partner="unknown-club"'))).to.equal(true);
    expect($$(el, '.urgent a[href^="tel:"]')).to.have.length(3);
  });

  it('takes properties set after upgrade, and the last write wins over the attribute', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp audience="seniors"></eenzaamheid-hulp>`);
    el.audience = 'youth';
    el.headingLevel = 3;
    await el.updateComplete;
    expect(resourceIds(el)).to.include('overkop');
    expect($(el, '.intro h3')).to.exist;
    el.setAttribute('audience', 'carers');
    await el.updateComplete;
    expect(el.audience).to.equal('carers');
    expect(resourceIds(el)).to.include('samana');
    expect(resourceIds(el)).not.to.include('overkop');
  });

  it('takes properties set before the element is upgraded', async () => {
    const tag = 'eh-pre-upgrade-test';
    const el = document.createElement(tag) as EenzaamheidHulp;
    Object.assign(el, { audience: 'seniors', headingLevel: 5, sections: 'finder', lang: 'en' });
    document.body.append(el);
    defineEenzaamheidHulp(tag);
    await waitFor(() => Boolean(el.shadowRoot?.querySelector('.root')), 'upgraded render');
    await el.updateComplete;
    expect(el).to.be.instanceOf(EenzaamheidHulp);
    expect($(el, '.intro h5').textContent).to.equal('Feeling lonely? You’re not on your own.');
    expect(resourceIds(el)).to.include('ouderenweek');
    expect(resourceIds(el)).not.to.include('overkop');
    expect($$(el, '[part="routes"]')).to.have.length(0);
    el.remove();
  });
});

describe('registration', () => {
  it('registers <eenzaamheid-hulp> once; loading the script again neither throws nor replaces it', async () => {
    const before = customElements.get('eenzaamheid-hulp');
    expect(before).to.equal(EenzaamheidHulp);
    expect(() => defineEenzaamheidHulp()).not.to.throw();
    // A second copy of the module (as a second <script> would load) is a fresh evaluation.
    await import(/* @vite-ignore */ `../../src/define.ts?copy=${Date.now()}`);
    expect(customElements.get('eenzaamheid-hulp')).to.equal(before);
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    expect($$(el, '.urgent a[href^="tel:"]')).to.have.length(3);
  });
});
