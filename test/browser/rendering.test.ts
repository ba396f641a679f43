import { expect, html } from '@open-wc/testing';
import { mechelenContent } from '../../src/content/mechelen.js';
import { $, $$, renderWidget, resourceIds, texts, waitFor } from '../support/helpers.js';

describe('<eenzaamheid-hulp>', () => {
  describe('on its first render, without any click', () => {
    it('shows 112, 1813 and 106 as tel: links with what they are for, and the notice about the meldpunt', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const urgentLinks = $$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('href'));
      expect(urgentLinks).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
      const urgentText = $(el, '.urgent').textContent!;
      expect(urgentText).to.contain('Bij levensgevaar');
      expect(urgentText).to.contain('Als je aan zelfmoord denkt');
      expect(urgentText).to.contain('Eenzaamheid is een van de onderwerpen waarover mensen het vaakst bellen');
      expect($(el, '[part="notice"]').textContent).to.contain('geen hulpdienst voor noodgevallen');
      expect($(el, '[part="notice"]').textContent).to.contain('binnen 24 uur');
    });

    it('then says, in a disclosure under them, where each urgent line comes from and when its facts were checked', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await waitFor(() => $$(el, '.urgent details .checked').length === 3, 'the urgent lines’ source lines');
      expect(texts(el, '.urgent summary')).to.deep.equal(['Bronnen en data']);
      for (const line of texts(el, '.urgent .checked')) {
        expect(line).to.match(/^Bron: .+\. Gegevens nagekeken op 27 november 2026\.$/);
      }
    });

    it('gives each call link an accessible name with the line and its number', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const labels = $$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('aria-label'));
      expect(labels).to.deep.equal(['Bel Noodnummer: 112', 'Bel Zelfmoordlijn: 1813', 'Bel Tele-Onthaal: 106']);
    });

    it('lists all nine local initiatives as cards with a heading, who they are for and what they offer', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const initiatives = $$(el, '.finder .initiative');
      expect(initiatives).to.have.length(9);
      expect(resourceIds(el).filter((id) => mechelenContent.initiatives.some((i) => i.id === id))).to.have.length(9);
      for (const card of initiatives) {
        // The title is a real heading, so screen readers can jump from card to card.
        expect(card.querySelector('.card-title > h4')!.textContent!.trim()).to.not.equal('');
        // Label and value are separated, for sight and for copy-paste: "Voor wie: Iedereen".
        const [forWhom, offer] = [...card.querySelectorAll('dl > div')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
        expect(forWhom).to.match(/^Voor wie: \S/);
        expect(offer).to.match(/^Wat: \S/);
      }
      expect(texts(el, '.finder .initiative .card-title')).to.include('OverKop Mechelen');
    });

    it('links only the contacts a source confirms, each with its own label, and says once where to ask for the others', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const links = $$(el, '.finder .initiative .reach a').map((a) => [a.closest<HTMLElement>('[data-resource-id]')!.dataset.resourceId, a.getAttribute('href'), a.textContent!.trim()]);
      expect(links).to.deep.equal([
        ['gevelbanken-picknicktafels', 'https://makers.mechelen.be/gevelbank-picknicktafel-info', 'Een gevelbank of picknicktafel aanvragen'],
        ['overkop', 'https://mechelen.overkop.be/', 'Website van OverKop Mechelen'],
        ['samana', 'https://www.samana.be/', 'Website van Samana'],
      ]);
      // No card repeats the city's page; one honest line under the list does.
      expect($$(el, '.finder .initiative a[href^="https://www.mechelen.be/"]')).to.have.length(0);
      const noContact = $$(el, '.finder .no-contact');
      expect(noContact).to.have.length(1);
      expect(noContact[0]!.textContent).to.contain('Staat er geen contact bij? Het meldpunt helpt je verder.');
      expect(noContact[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://www.mechelen.be/eenzaamheid-praat-erover');
    });

    it('lists Awel and 1712 among the helplines to talk to', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const numbers = $$(el, '.finder .helpline a[href^="tel:"]').map((a) => a.getAttribute('href'));
      expect(numbers).to.include.members(['tel:102', 'tel:1712']);
      expect($(el, '[data-resource-id="awel-102"]').textContent).to.contain('namiddag');
    });

    it('offers the two routes', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect(texts(el, '.route-button .route-label')).to.deep.equal(['Ik voel me eenzaam', 'Ik maak me zorgen om iemand']);
    });

    it('explains the meldpunt before naming it, with a way to reach it', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect(texts(el, '[part="meldpunt"] h3')).to.deep.equal(['Vraag dat iemand uit de buurt contact opneemt']);
      const intro = $(el, '[part="meldpunt"] > p').textContent!;
      expect(intro).to.contain('Binnen 24 uur neemt iemand uit de buurt contact op');
      expect(intro.indexOf('Voel je je alleen')).to.be.lessThan(intro.indexOf('meldpunt'));
      expect($(el, '[part="meldpunt"]').textContent).not.to.match(/iemand melden/i);
      expect($(el, '[part="meldpunt"] a[href^="https://www.mechelen.be/"]')).to.exist;
    });
  });

  describe('headings', () => {
    it('starts at level 2 by default and nests sections below it', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect($(el, '.intro h2')).to.exist;
      expect($$(el, 'section > h3').length).to.be.greaterThan(2);
    });

    it('follows heading-level so the widget fits the host outline', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp heading-level="4"></eenzaamheid-hulp>`);
      expect($(el, '.intro h4')).to.exist;
      expect($(el, '.urgent h5')).to.exist;
      expect($$(el, 'h2, h3')).to.have.length(0);
    });

    it('clamps nested headings at h6', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp heading-level="6"></eenzaamheid-hulp>`);
      expect($(el, '.intro h6')).to.exist;
      expect($(el, '.urgent h6')).to.exist;
    });
  });

  describe('sections', () => {
    it('shows only the chosen sections, and always the urgent lines', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp sections="finder"></eenzaamheid-hulp>`);
      expect($$(el, '[part="routes"]')).to.have.length(0);
      expect($$(el, '[part="meldpunt"]')).to.have.length(0);
      expect($$(el, '[part="finder"]')).to.have.length(1);
      expect($$(el, '.urgent a[href="tel:106"]')).to.have.length(1);
    });

    it('shows just the urgent lines for sections="urgent"', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp sections="urgent"></eenzaamheid-hulp>`);
      expect($$(el, 'section')).to.have.length(2); // intro and urgent
      expect($$(el, '.urgent a[href^="tel:"]')).to.have.length(3);
    });
  });
});
