import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { $, $$, renderWidget, resourceIds, texts, waitFor } from '../support/helpers.js';

const URGENT = ['noodnummer-112', 'zelfmoordlijn-1813', 'tele-onthaal-106'];

/** Clicks a route button and waits until its steps (a chunk) are on screen with focus on their heading. */
async function chooseRoute(el: EenzaamheidHulp, route: 'self' | 'other'): Promise<HTMLElement> {
  $(el, `.route-button[data-route="${route}"]`).click();
  await waitFor(() => el.shadowRoot!.querySelector(`.route-panel[data-route="${route}"]`) !== null, `the ${route} route's steps`);
  await waitFor(() => el.shadowRoot!.activeElement?.matches('.route-panel > :is(h3, h4)') === true, 'focus on the route heading');
  return $(el, '.route-panel');
}

function steps(panel: HTMLElement): { id: string; title: string; why: string; ids: string[] }[] {
  return [...panel.querySelectorAll<HTMLElement>('[part="route-steps"] > li')].map((step) => ({
    id: step.dataset.step ?? '',
    title: step.querySelector(':is(h4, h5)')?.textContent?.trim() ?? '',
    why: step.querySelector('.why')?.textContent?.trim() ?? '',
    ids: [...step.querySelectorAll<HTMLElement>('[data-resource-id]')].map((card) => card.dataset.resourceId ?? ''),
  }));
}

describe('<eenzaamheid-hulp> routes', () => {
  describe('when a resident chooses "Ik voel me eenzaam"', () => {
    it('shows three next steps that fit, each with a line saying why, and focuses the route heading', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp endpoint="https://meldpunt.invalid/reports"></eenzaamheid-hulp>`);
      const panel = await chooseRoute(el, 'self');
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Hulp voor jezelf');
      const found = steps(panel);
      expect(found.map((step) => step.id)).to.deep.equal(['talk', 'meet', 'contact']);
      for (const step of found) {
        expect(step.title, step.id).to.not.equal('');
        expect(step.why.length, `${step.id} says why`).to.be.greaterThan(20);
      }
      // Talk now: a line to talk to that is not already in the urgent block (Awel for young people).
      expect(found[0]!.ids).to.deep.equal(['awel-102']);
      // Meet people: initiatives for this route, at most three.
      expect(found[1]!.ids.length).to.be.within(1, 3);
      expect(found[1]!.ids.every((id) => id !== 'hulplijn-1712' && !URGENT.includes(id))).to.equal(true);
      // Ask someone to contact me: the form's button, about oneself.
      expect(panel.querySelector('[data-step="contact"] .report-from-route')!.textContent!.trim()).to.equal('Vraag dat iemand contact met je opneemt');
    });

    it('does not repeat 112, 1813 and 106 (they stay in the urgent block) nor show the line for violence or policy projects', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const panel = await chooseRoute(el, 'self');
      const ids = resourceIds(el, '.route-panel');
      for (const id of [...URGENT, 'hulplijn-1712', 'tiendaagse-geestelijke-gezondheid', 'wegwijzers', 'jeugddienst-kindvriendelijk-label']) {
        expect(ids, id).not.to.include(id);
      }
      expect(panel.querySelectorAll('a[href="tel:112"], a[href="tel:1813"], a[href="tel:106"]')).to.have.length(0);
      expect($$(el, '.urgent a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
    });

    it('narrows the steps to the chosen audience', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp audience="seniors"></eenzaamheid-hulp>`);
      await chooseRoute(el, 'self');
      const ids = resourceIds(el, '.route-panel');
      expect(ids).to.include('ouderenweek');
      expect(ids).not.to.include('overkop');
      expect(ids).not.to.include('awel-102');
    });

    it('offers the meldpunt’s contact instead of the form when there is no endpoint', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      const panel = await chooseRoute(el, 'self');
      expect(panel.querySelector('.report-from-route')).to.equal(null);
      expect(panel.querySelector('[data-step="contact"] [part="meldpunt-contact"] a[href^="https://www.mechelen.be/"]')).to.exist;
    });
  });

  describe('when a resident chooses "Ik maak me zorgen om iemand"', () => {
    it('shows how to start the conversation, what to do together and how to ask a local actor to reach out', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp endpoint="https://meldpunt.invalid/reports"></eenzaamheid-hulp>`);
      const panel = await chooseRoute(el, 'other');
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Je maakt je zorgen om iemand');
      const found = steps(panel);
      expect(found.map((step) => step.id)).to.deep.equal(['conversation', 'together', 'reachOut']);
      expect(texts(el, '.tips li')).to.have.length(3);
      expect(found[1]!.ids.length).to.be.within(1, 3);
      expect(found[1]!.ids).not.to.include('awel-102');
      expect(panel.querySelector('[data-step="reachOut"] .report-from-route')).to.exist;
      for (const id of URGENT) expect(resourceIds(el, '.route-panel')).not.to.include(id);
    });

    it('returns to the choice with focus on the route button it came from', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await chooseRoute(el, 'other');
      $(el, '[part="back-button"]').click();
      await waitFor(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('.route-button[data-route="other"]'), 'focus back on the route button');
      expect($$(el, '.route-panel')).to.have.length(0);
    });
  });

  it('can be used by keyboard only', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp sections="routes"></eenzaamheid-hulp>`);
    $(el, '.route-button[data-route="self"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.activeElement?.tagName === 'H4', 'focus on the route heading');
    expect($(el, '.route-panel').dataset.route).to.equal('self');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('.route-panel')).to.exist;
  });

  it('speaks French on a French page, with a French-language line to talk to', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
    const panel = await chooseRoute(el, 'self');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('De l’aide pour vous');
    expect(steps(panel)[0]!.title).to.equal('Parler à quelqu’un tout de suite');
    expect(steps(panel)[0]!.ids).to.deep.equal(['ecoute-enfants-103', 'awel-102']);
    expect($(el, '[part="back-button"]').textContent!.trim()).to.equal('Retour au choix');
  });

  it('puts the self route first for a youth partner', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp partner="jeugddienst"></eenzaamheid-hulp>`);
    expect($$(el, '.route-button').map((b) => b.dataset.route)).to.deep.equal(['self', 'other']);
    const checked = $$(el, 'input[type="radio"]').find((r) => (r as HTMLInputElement).checked) as HTMLInputElement;
    expect(checked.value).to.equal('youth');
  });
});
