import { expect, html } from '@open-wc/testing';
import { mechelenContent } from '../../src/content/mechelen.js';
import { $, $$, renderWidget, resourceIds, texts } from '../support/helpers.js';

describe('<eenzaamheid-hulp>', () => {
  describe('on its first render, without any click', () => {
    it('shows 112, 1813 and 106 as tel: links with what they are for and when they were checked', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const urgentLinks = $$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('href'));
      expect(urgentLinks).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
      const urgentText = $(el, '.urgent').textContent!;
      expect(urgentText).to.contain('Bij levensgevaar');
      expect(urgentText).to.contain('Als je aan zelfmoord denkt');
      expect(urgentText).to.contain('Eenzaamheid is een van de vaakste onderwerpen');
      expect(urgentText).to.contain('Gegevens nagekeken op 27 november 2026');
      expect($(el, '[part="notice"]').textContent).to.contain('geen hulpdienst voor noodgevallen');
      expect($(el, '[part="notice"]').textContent).to.contain('24 uur');
    });

    it('gives each call link an accessible name with the line and its number', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const labels = $$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('aria-label'));
      expect(labels).to.deep.equal(['Bel Noodnummer: 112', 'Bel Zelfmoordlijn: 1813', 'Bel Tele-Onthaal: 106']);
    });

    it('lists all nine local initiatives with who they are for, what they offer and how to reach them', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const initiatives = $$(el, '.finder .initiative');
      expect(initiatives).to.have.length(9);
      expect(resourceIds(el).filter((id) => mechelenContent.initiatives.some((i) => i.id === id))).to.have.length(9);
      for (const card of initiatives) {
        expect(card.querySelector('dl')!.textContent).to.contain('Voor wie');
        expect(card.querySelector('dl')!.textContent).to.contain('Wat');
        expect(card.querySelector('a[href^="https:"]')).to.exist;
      }
      expect(texts(el, '.finder .initiative .card-title')).to.include('Overkop (Sociale Preventie)');
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

    it('shows the meldpunt section with a way to reach it', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect($(el, '[part="meldpunt"]').textContent).to.contain('binnen 24 uur');
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
