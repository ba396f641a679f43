import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, renderWidget, resourceIds, texts } from '../support/helpers.js';

describe('<eenzaamheid-hulp> routes', () => {
  describe('when a resident chooses "Ik voel me eenzaam"', () => {
    it('moves focus to the route heading and shows help for themselves', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      $(el, '.route-button[data-route="self"]').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      const headingEl = $(el, '.route-panel h4');
      expect(headingEl.textContent).to.equal('Hulp voor jezelf');
      expect(el.shadowRoot!.activeElement).to.equal(headingEl);
      const ids = resourceIds(el, '.route-panel');
      expect(ids).to.include('tele-onthaal-106');
      expect(ids).to.include('awel-102');
      expect(ids).to.include('tiendaagse-geestelijke-gezondheid');
    });

    it('keeps the urgent lines in view', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      $(el, '.route-button[data-route="self"]').click();
      await el.updateComplete;
      expect($$(el, '.urgent a[href^="tel:"]')).to.have.length(3);
    });
  });

  describe('when a resident chooses "Ik maak me zorgen om iemand"', () => {
    it('shows tips and resources for someone else, without the self-only ones', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      $(el, '.route-button[data-route="other"]').click();
      await el.updateComplete;
      expect($(el, '.route-panel h4').textContent).to.equal('Je maakt je zorgen om iemand');
      expect(texts(el, '.tips li')).to.have.length(3);
      const ids = resourceIds(el, '.route-panel');
      expect(ids).to.include('zelfmoordlijn-1813');
      expect(ids).to.include('buurtengagementsnetwerken');
      expect(ids).not.to.include('awel-102');
      expect(ids).not.to.include('tiendaagse-geestelijke-gezondheid');
    });

    it('returns to the choice with focus on the route button it came from', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      $(el, '.route-button[data-route="other"]').click();
      await el.updateComplete;
      $(el, '[part="back-button"]').click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.route-button[data-route="other"]'));
    });
  });

  it('can be used by keyboard only', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp sections="routes"></eenzaamheid-hulp>`);
    $(el, '.route-button[data-route="self"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect($(el, '.route-panel').dataset.route).to.equal('self');
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H4');
  });

  it('puts the self route first for a youth partner', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp partner="jeugddienst"></eenzaamheid-hulp>`);
    expect($$(el, '.route-button').map((b) => b.dataset.route)).to.deep.equal(['self', 'other']);
    const checked = $$(el, 'input[type="radio"]').find((r) => (r as HTMLInputElement).checked) as HTMLInputElement;
    expect(checked.value).to.equal('youth');
  });
});
