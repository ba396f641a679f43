import { expect, html } from '@open-wc/testing';
import { $, $$, renderWidget, waitFor } from '../support/helpers.js';

/** The source lines under the cards and the urgent lines: where each fact comes from, in which language. */
describe('source lines', () => {
  const sourceName = (el: HTMLElement, id: string) => $(el, `.finder [data-resource-id="${id}"] .checked`);

  it('mark a Dutch source as Dutch on a French page, and leave a French source unmarked', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
    await waitFor(() => $$(el, '.finder .checked').length > 0, 'the source lines');
    const council = sourceName(el, 'ouderenweek');
    expect(council.textContent).to.match(/^\s*Source\s*:/);
    expect(council.querySelector('[lang="nl"]')!.textContent).to.contain('antwoord van het college');
    const french = sourceName(el, 'ecoute-enfants-103');
    expect(french.querySelector('[lang]')).to.equal(null);
    expect(french.textContent).to.contain('RTBF');
  });

  it('mark the Dutch and the French source names on an English page, in the urgent disclosure as well', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="en"></eenzaamheid-hulp>`);
    await waitFor(() => $$(el, '.urgent details .checked').length > 0, 'the urgent lines’ source lines');
    const dutchNames = $$(el, '.urgent details .checked [lang="nl"]').map((span) => span.textContent!.trim());
    expect(dutchNames).to.include('VTM Nieuws en Nieuwsblad (2019); zelfmoord1813.be');
    expect(dutchNames).to.include('Europees noodnummer 112');
    const frenchNames = $$(el, '.urgent details .checked [lang="fr"]').map((span) => span.textContent!.trim());
    expect(frenchNames).to.include('Le Vif; Centre de Prévention du Suicide');
    // The words around the name are the page's own, and every name is marked.
    for (const line of $$(el, '.urgent details .checked')) {
      expect(line.textContent).to.match(/^\s*Source: \S/);
      expect(line.querySelectorAll('[lang]')).to.have.length(1);
    }
  });

  it('carry no lang on a Dutch page, where every source name is in the page’s language', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    await waitFor(() => $$(el, '.finder .checked').length > 0, 'the source lines');
    expect($$(el, '.finder .checked [lang]')).to.have.length(0);
  });

  it('name the 1712 line’s own public site as its source, never an internal file', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
    await waitFor(() => $$(el, '.finder .checked').length > 0, 'the source lines');
    const line = sourceName(el, 'hulplijn-1712');
    expect(line.textContent).to.not.contain('CONTENT');
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source : 1712.be. Informations vérifiées le 27 novembre 2026.');
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('https://1712.be/');
  });
});
