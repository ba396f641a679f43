import { expect, html } from '@open-wc/testing';
import { $, $$, renderWidget, resourceIds, typeSearch } from '../support/helpers.js';

describe('<eenzaamheid-hulp> finding help', () => {
  describe('the audience filter', () => {
    it('narrows to what is made for young people: no senior-only or general items', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const youth = $$(el, 'input[type="radio"]').find((r) => (r as HTMLInputElement).value === 'youth')!;
      youth.click();
      await el.updateComplete;
      const ids = resourceIds(el);
      expect(ids.slice(0, 2)).to.include('awel-102');
      expect(ids).to.include('overkop');
      expect(ids).not.to.include('ouderenweek');
      expect(ids).not.to.include('buurtengagementsnetwerken');
    });

    it('starts on the audience attribute', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp audience="seniors"></eenzaamheid-hulp>`);
      expect(resourceIds(el)).to.include('ouderenweek');
      expect(resourceIds(el)).not.to.include('overkop');
    });

    it('announces the number of results to screen readers', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const status = $(el, '[role="status"]');
      $$(el, 'input[type="radio"]').find((r) => (r as HTMLInputElement).value === 'seniors')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal(`${resourceIds(el).length} resultaten`);
    });
  });

  describe('the search box', () => {
    it('ignores case and accents', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'GÉVELBÂNK');
      expect(resourceIds(el)).to.deep.equal(['gevelbanken-picknicktafels']);
    });

    it('finds by synonyms: "alleen" finds Tele-Onthaal', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'alleen');
      expect(resourceIds(el)).to.include('tele-onthaal-106');
    });

    it('finds the words residents type', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const expectations: Record<string, string> = {
        eenzaamheid: 'tele-onthaal-106',
        vriendschap: 'zorgzame-buurt-heembeemd',
        buren: 'buurtengagementsnetwerken',
        student: 'awel-102',
        senioren: 'ouderenweek',
        mantelzorger: 'samana',
        zelfmoord: 'zelfmoordlijn-1813',
        somber: 'tiendaagse-geestelijke-gezondheid',
        'ik voel me alleen': 'tele-onthaal-106',
        bankje: 'gevelbanken-picknicktafels',
      };
      for (const [query, id] of Object.entries(expectations)) {
        await typeSearch(el, query);
        expect(resourceIds(el).slice(0, 3), query).to.include(id);
      }
    });

    it('announces the count and, with no result, says what to do and still offers 106 and 1813', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'xylofoonles');
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('Geen resultaten');
      const empty = $(el, '[part="no-results"]');
      expect(empty.textContent).to.contain('We vonden niets voor „xylofoonles”');
      const hrefs = [...empty.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:106', 'tel:1813']);
    });

    it('clears with the clear button and returns focus to the box', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, 'buren');
      $(el, '[part="clear-button"]').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
      // Browsing lists everything except the urgent lines, which stand above.
      expect(resourceIds(el).length).to.equal(11);
    });

    it('renders the query as text, never as markup', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await typeSearch(el, '<img src=x onerror=alert(1)>');
      expect($$(el, '[part="no-results"] img')).to.have.length(0);
      expect($(el, '[part="no-results"]').textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });
});
