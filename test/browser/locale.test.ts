import { expect, html } from '@open-wc/testing';
import { $, captureWarnings, renderWidget, waitFor } from '../support/helpers.js';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';

const title = (el: Element) => $(el, '.intro :is(h1,h2,h3,h4,h5,h6)').textContent;

describe('<eenzaamheid-hulp> languages', () => {
  it('speaks Dutch by default', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    expect(title(el)).to.equal('Voel je je eenzaam? Je staat er niet alleen voor.');
    expect($(el, '.root').getAttribute('lang')).to.equal('nl');
  });

  it('follows its own lang attribute', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
    expect(title(el)).to.equal('Vous vous sentez seul ou seule ? Parlez-en.');
    const line = $(el, '[data-resource-id="tele-onthaal-106"]').textContent!;
    expect(line).to.contain('Ligne d’écoute flamande, pour qui a besoin de parler.');
    // A French reader learns that this line answers in Dutch only.
    expect(line).to.contain('Répond uniquement en néerlandais.');
  });

  it('uses the closest ancestor language when it has no lang of its own', async () => {
    const host = document.createElement('div');
    host.lang = 'en-GB';
    const el = document.createElement('eenzaamheid-hulp') as EenzaamheidHulp;
    host.append(el);
    document.body.append(host);
    await waitFor(() => el.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'en', 'English render');
    expect(title(el)).to.equal('Feeling lonely? You’re not on your own.');
    host.remove();
  });

  it('switches language when lang changes', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    el.lang = 'en';
    await waitFor(() => title(el) === 'Feeling lonely? You’re not on your own.', 'English title');
    el.setAttribute('lang', 'nl-BE');
    await waitFor(() => title(el) === 'Voel je je eenzaam? Je staat er niet alleen voor.', 'Dutch title');
  });

  it('falls back to Dutch for an unsupported language, with a warning', async () => {
    let el!: EenzaamheidHulp;
    const warnings = await captureWarnings(async () => {
      el = await renderWidget(html`<eenzaamheid-hulp lang="de"></eenzaamheid-hulp>`);
    });
    expect(title(el)).to.equal('Voel je je eenzaam? Je staat er niet alleen voor.');
    expect(warnings.some((w) => w.includes('lang="de"'))).to.equal(true);
  });
});
