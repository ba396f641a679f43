import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { mechelenContentAllLanguages } from '../../src/content/mechelen-all-languages.js';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { talkNowLines } from '../../src/element/search/talk-now.js';
import type { Locale } from '../../src/i18n/locale.js';
import { $, $$, renderWidget, resourceIds, texts, typeSearch, waitFor } from '../support/helpers.js';

/**
 * The finder's states a resident meets (route steps, a narrowed list, no result, the
 * cards with their source lines), each in Dutch, French and English: what it says
 * and that it is axe-clean.
 */

const LANGS: Locale[] = ['nl', 'fr', 'en'];
const ENDPOINT = 'https://meldpunt.invalid/reports';

async function chooseAudience(el: EenzaamheidHulp, audience: string): Promise<void> {
  (el.shadowRoot!.querySelector(`input[value="${audience}"]`) as HTMLInputElement).click();
  await el.updateComplete;
}

async function openRoute(el: EenzaamheidHulp, route: 'self' | 'other'): Promise<void> {
  $(el, `.route-button[data-route="${route}"]`).click();
  await waitFor(() => el.shadowRoot!.querySelector(`.route-panel[data-route="${route}"]`) !== null, 'the route’s steps');
  await el.updateComplete;
}

/** Waits until the no-results box (it comes with the search chunk) is on screen. */
async function noResults(el: EenzaamheidHulp): Promise<HTMLElement> {
  await waitFor(() => el.shadowRoot!.querySelector('[part="no-results"]') !== null, 'the no-results box');
  return $(el, '[part="no-results"]');
}

interface State {
  readonly name: string;
  readonly template?: (lang: Locale) => TemplateResult;
  readonly act: (el: EenzaamheidHulp) => Promise<void>;
}

const states: State[] = [
  { name: 'route for myself, with the form', template: (lang) => html`<eenzaamheid-hulp lang=${lang} endpoint=${ENDPOINT}></eenzaamheid-hulp>`, act: (el) => openRoute(el, 'self') },
  { name: 'route for someone else, without a form', act: (el) => openRoute(el, 'other') },
  { name: 'route for myself, older people', act: async (el) => { await chooseAudience(el, 'seniors'); await openRoute(el, 'self'); } },
  { name: 'list narrowed to young people', act: (el) => chooseAudience(el, 'youth') },
  { name: 'search without results', act: async (el) => { await typeSearch(el, 'qwertyuiop'); await noResults(el); } },
  { name: 'search without results under carers', act: async (el) => { await chooseAudience(el, 'carers'); await typeSearch(el, 'qwertyuiop'); await noResults(el); } },
  {
    name: 'an audience with nothing of its own',
    template: (lang) => html`<eenzaamheid-hulp lang=${lang} content-src="/fixtures/content/everyone-only.json"></eenzaamheid-hulp>`,
    act: async (el) => {
      await waitFor(() => resourceIds(el).includes('buurtengagementsnetwerken') && resourceIds(el).length === 1, 'the content file');
      await chooseAudience(el, 'youth');
      await noResults(el);
    },
  },
  { name: 'cards with their source lines', act: async (el) => { await waitFor(() => $$(el, '.finder .checked').length > 0, 'source lines'); } },
];

describe('<eenzaamheid-hulp> finder states', () => {
  describe('axe in every state and language', () => {
    for (const lang of LANGS) {
      for (const state of states) {
        it(`is axe-clean in ${lang}: ${state.name}`, async () => {
          const el = await renderWidget(state.template?.(lang) ?? html`<eenzaamheid-hulp lang=${lang}></eenzaamheid-hulp>`);
          await state.act(el);
          expect($(el, '.root').getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('route steps in each language', () => {
    const expected: Record<Locale, { heading: string; steps: string[]; button: string; back: string }> = {
      nl: { heading: 'Hulp voor jezelf', steps: ['Praat nu met iemand', 'Ontmoet mensen in je buurt', 'Vraag dat iemand uit de buurt contact met je opneemt'], button: 'Vraag dat iemand contact met je opneemt', back: 'Terug naar de keuze' },
      fr: { heading: 'De l’aide pour vous', steps: ['Parler à quelqu’un tout de suite', 'Rencontrer des gens près de chez vous', 'Demander qu’une personne du quartier vous contacte'], button: 'Demander qu’on me contacte', back: 'Retour au choix' },
      en: { heading: 'Help for you', steps: ['Talk to someone now', 'Meet people near you', 'Ask someone local to get in touch'], button: 'Ask to be contacted', back: 'Back to the options' },
    };
    for (const lang of LANGS) {
      it(`speaks ${lang}, step by step, with the way to ask for contact at the end`, async () => {
        const el = await renderWidget(html`<eenzaamheid-hulp lang=${lang} endpoint=${ENDPOINT}></eenzaamheid-hulp>`);
        await openRoute(el, 'self');
        expect(texts(el, '.route-panel > h4')).to.deep.equal([expected[lang].heading]);
        expect(texts(el, '.route-panel .step > h5')).to.deep.equal(expected[lang].steps);
        expect(texts(el, '.route-panel .report-from-route')).to.deep.equal([expected[lang].button]);
        expect(texts(el, '.route-panel [part="back-button"]')).to.deep.equal([expected[lang].back]);
      });
    }
  });

  describe('no result', () => {
    it('says so honestly, without pointing to "Iedereen" when everyone is already chosen', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'qwertyuiop');
      const box = await noResults(el);
      expect(box.querySelector('p')!.textContent).to.equal('We vonden niets voor “qwertyuiop”. Probeer een ander woord.');
      expect(box.textContent).not.to.contain('Iedereen');
    });

    it('points to "Iedereen" when another audience is chosen', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await chooseAudience(el, 'carers');
      await typeSearch(el, 'qwertyuiop');
      const box = await noResults(el);
      expect(box.querySelector('p')!.textContent).to.equal('We vonden niets voor “qwertyuiop” bij “Mantelzorgers”. Kies “Iedereen” om in alle hulp te zoeken.');
    });

    it('says when an audience has nothing of its own yet', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp lang="en" content-src="/fixtures/content/everyone-only.json"></eenzaamheid-hulp>`);
      await waitFor(() => resourceIds(el).length === 1, 'the content file');
      await chooseAudience(el, 'youth');
      const box = await noResults(el);
      expect(box.querySelector('p')!.textContent).to.equal('Nothing is listed under “Young people” yet. Select “Everyone” to see all the help.');
      await waitFor(() => $(el, '[role="status"]').textContent!.trim() === 'No results', 'the announcement');
    });

    it('keeps the listening line first for the Dutch stop word "die" ("that"), which is no crisis word on a Dutch page', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'die qwertyuiop');
      const box = await noResults(el);
      expect([...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:106', 'tel:1813']);
    });

    it('offers a listening line before a suicide line, in the page’s language first', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
      await typeSearch(el, 'qwertyuiop');
      const box = await noResults(el);
      const numbers = [...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(numbers).to.deep.equal(['tel:107', 'tel:080032123', 'tel:106', 'tel:1813']);
    });

    it('puts the suicide lines first when the words speak of suicide (and never 112)', () => {
      const ids = (lines: { id: string }[]) => lines.map((line) => line.id);
      expect(ids(talkNowLines(mechelenContentAllLanguages, 'nl', false))).to.deep.equal(['tele-onthaal-106', 'zelfmoordlijn-1813']);
      expect(ids(talkNowLines(mechelenContentAllLanguages, 'nl', true))).to.deep.equal(['zelfmoordlijn-1813', 'tele-onthaal-106']);
      expect(ids(talkNowLines(mechelenContentAllLanguages, 'en', true))).to.deep.equal(['zelfmoordlijn-1813', 'centre-prevention-suicide', 'tele-onthaal-106', 'tele-accueil-107']);
      expect(ids(talkNowLines(mechelenContentAllLanguages, 'fr', false))).to.deep.equal(['tele-accueil-107', 'centre-prevention-suicide', 'tele-onthaal-106', 'zelfmoordlijn-1813']);
    });
  });

  describe('cards', () => {
    it('say on a French page which lines answer in Dutch only, and add the French-language lines', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
      expect($$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:080032123', 'tel:107', 'tel:1813', 'tel:106']);
      for (const id of ['zelfmoordlijn-1813', 'tele-onthaal-106']) {
        expect($(el, `.urgent [data-resource-id="${id}"] .language`).textContent).to.equal('Répond uniquement en néerlandais.');
      }
      expect($$(el, '.urgent [data-resource-id="tele-accueil-107"] .language')).to.have.length(0);
      expect(resourceIds(el)).to.include.members(['ecoute-enfants-103', 'ecoute-violences-conjugales']);
    });

    it('do not show the French-language lines on a Dutch page, nor a language note', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const all = $$(el, '[data-resource-id]').map((card) => card.dataset.resourceId);
      for (const id of ['centre-prevention-suicide', 'tele-accueil-107', 'ecoute-enfants-103', 'ecoute-violences-conjugales']) expect(all).not.to.include(id);
      expect($$(el, '.language')).to.have.length(0);
    });

    it('give the source, its date and link for facts from a public source, and “checked on” only for checked facts', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp lang="en"></eenzaamheid-hulp>`);
      await waitFor(() => $$(el, '.urgent details li').length === 5, 'the urgent lines’ sources');
      const urgent = (name: string) => $$(el, '.urgent details li').find((li) => li.querySelector('.label')!.textContent!.startsWith(name))!;
      const line = (id: string) => $(el, `[data-resource-id="${id}"] .checked`);
      const accueil = urgent('Télé-Accueil 107');
      expect(accueil.querySelector('.checked')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Source: RTBF.+, April 2023\.$/);
      expect(accueil.querySelector('.checked a')!.getAttribute('href')).to.match(/^https:\/\/www\.rtbf\.be\//);
      expect(accueil.textContent).not.to.contain('checked');
      expect(urgent('Tele-Onthaal 106').textContent).to.contain('Details checked on 27 November 2026.');
      const council = line('ouderenweek').textContent!;
      expect(council).to.contain('Stad Mechelen, antwoord van het college');
      expect(council).not.to.contain('checked');
      const contact = $$(el, '[data-resource-id="overkop"] .checked').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(contact).to.have.length(2);
      expect(contact[1]).to.match(/^Source: OverKop Mechelen.+, 28 October 2021\.$/);
    });

    it('keep the urgent lines’ sources in a closed disclosure that arrives in a line kept free for it', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
      const slot = $(el, '.urgent .sources');
      const before = slot.getBoundingClientRect().height;
      await waitFor(() => slot.querySelector('details') !== null, 'the sources disclosure');
      const details = slot.querySelector('details')!;
      expect(slot.getBoundingClientRect().height).to.equal(before);
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Sources et dates');
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect($$(el, '.urgent details li .label').map((label) => label.textContent!.trim())).to.deep.equal([
        'Numéro d’urgence 112', 'Centre de Prévention du Suicide 0800 32 123', 'Télé-Accueil 107', 'Zelfmoordlijn 1813', 'Tele-Onthaal 106',
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
