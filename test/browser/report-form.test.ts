import { expect, html } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { BUILT_IN_RETENTION } from '../../src/content/retention.js';
import { $, $$, renderWidget, texts, waitFor } from '../support/helpers.js';
import {
  activeInShadow,
  choose,
  fieldInput,
  check,
  fillAboutNeighbour,
  fillAboutNeighbourEssentials,
  openForm,
  receiver,
  reportState,
  setFailSwitch,
  storedReports,
  submit,
  type,
  waitForState,
} from '../support/report-helpers.js';

/** The fields the error summary links to, in its order. */
function summaryFields(el: EenzaamheidHulp): (string | null | undefined)[] {
  return $$(el, '.error-summary a').map((a) => el.shadowRoot!.getElementById(a.getAttribute('href')!.slice(1))?.closest('[data-field]')?.getAttribute('data-field'));
}

/** Collects the widget's report events. */
function recordEvents(el: EenzaamheidHulp): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const name of ['eh-report-start', 'eh-report-submit', 'eh-report-success', 'eh-report-error']) {
    document.addEventListener(name, (event) => events.push(event as CustomEvent));
  }
  void el;
  return events;
}

describe('the meldpunt form', () => {
  beforeEach(async () => {
    await setFailSwitch('ok');
  });

  describe('without an endpoint', () => {
    it("shows the meldpunt's contact instead of a form", async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      expect(el.shadowRoot!.querySelector('.report-start')).to.equal(null);
      expect($(el, '.meldpunt .meldpunt-contact').textContent).to.contain('Meldpunt eenzaamheid Mechelen');
    });

    it('refuses a plain-http endpoint on another site, with one warning', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await renderWidget(html`<eenzaamheid-hulp endpoint="http://meldpunt.example/reports"></eenzaamheid-hulp>`);
        expect(el.shadowRoot!.querySelector('.report-start')).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('endpoint must be an https: URL'))).to.have.length(1);
    });
  });

  describe('opening', () => {
    it('opens from the meldpunt section, moves focus to its heading and emits eh-report-start', async () => {
      const events: CustomEvent[] = [];
      document.addEventListener('eh-report-start', (event) => events.push(event as CustomEvent), { once: true });
      const el = await openForm();
      await waitFor(() => activeInShadow(el)?.id.endsWith('form-heading') ?? false, 'focus on the form heading');
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ about: null });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect($(el, 'form.report-form').hasAttribute('novalidate')).to.equal(true);
    });

    it('opens from the "someone else" route with that answer chosen', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp endpoint=${`${await receiver()}/reports`}></eenzaamheid-hulp>`);
      $(el, '.route-button[data-route="other"]').click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-panel .report-from-route') !== null, 'the route’s steps');
      $(el, '.route-panel .report-from-route').click();
      await waitFor(() => Boolean(el.shadowRoot!.querySelector('.report-form')), 'the form');
      await el.updateComplete;
      expect(fieldInput(el, 'about', 1).checked).to.equal(true);
      expect($(el, 'details.more [data-field="relation"]')).to.not.equal(null);
      expect($(el, 'details.more [data-field="personKnows"]')).to.not.equal(null);
    });

    it('asks the same four things on both paths; the rest is optional, in a closed section after them', async () => {
      const el = await openForm();
      const essentials = () =>
        $$(el, '.report-form > .field').map((node) => node.dataset.field);
      for (const about of ['self', 'other']) {
        await choose(el, 'about', about);
        expect(essentials(), about).to.deep.equal(['about', 'area', 'contact', 'consent']);
        expect(($(el, 'details.more') as HTMLDetailsElement).open).to.equal(false);
      }
      expect($$(el, 'details.more [data-field]').map((node) => node.dataset.field)).to.deep.equal([
        'ageGroup',
        'relation',
        'personKnows',
        'situation',
        'name',
        'contactTimes',
      ]);
      await choose(el, 'about', 'self');
      expect(el.shadowRoot!.querySelector('[data-field="relation"]')).to.equal(null);
    });

    it('says who sees the report and the anonymity line once, not beside every question', async () => {
      const el = await openForm();
      await choose(el, 'about', 'other');
      const shown = $(el, '.report-form').textContent!.replace(/\s+/g, ' ');
      expect(shown.match(/zien ze/g)).to.have.length(1);
      expect(shown.match(/hoort niet wie de melding deed/g)).to.have.length(1);
      expect(shown).to.not.contain('Wie ziet dit');
    });
  });

  describe('privacy statement', () => {
    it('states the retention figures of the built-in content, the ones the receiver erases on', async () => {
      const el = await openForm();
      const privacy = $(el, '.privacy').textContent!.replace(/\s+/g, ' ');
      expect(privacy).to.contain(`${BUILT_IN_RETENTION.monthsAfterClose} maanden nadat je melding is afgesloten`);
      expect(privacy).to.contain(`ten laatste ${BUILT_IN_RETENTION.maxMonths} maanden`);
      expect(privacy).to.not.match(/[{}]/);
    });

    for (const [lang, afterClose, max] of [
      ['nl', '1 maand nadat', '3 maanden'],
      ['fr', '1 mois après', '3 mois après'],
      ['en', '1 month after', '3 months after'],
    ] as const) {
      it(`follows a content file's meldpunt.retention, with plural forms (${lang})`, async () => {
        let loaded = false;
        const el = await renderWidget(
          html`<eenzaamheid-hulp
            lang=${lang}
            content-src="/fixtures/content/retention.json"
            endpoint=${`${await receiver()}/reports`}
            @eh-content-load=${() => (loaded = true)}
          ></eenzaamheid-hulp>`,
        );
        await waitFor(() => loaded, 'the content file');
        await el.updateComplete;
        $(el, '.report-start').click();
        await waitFor(() => Boolean(el.shadowRoot!.querySelector('.privacy')), 'the form');
        const privacy = $(el, '.privacy').textContent!.replace(/\s/g, ' ');
        expect(privacy).to.contain(afterClose);
        expect(privacy).to.contain(max);
      });
    }
  });

  describe('validation (GOV.UK pattern)', () => {
    it('shows a focused error summary linking to each field, inline errors with a hidden "Fout:" and keeps the input', async () => {
      const el = await openForm();
      await type(el, 'area', 'Kerkstraat 12');
      await submit(el);
      await waitFor(() => activeInShadow(el)?.classList.contains('error-summary') ?? false, 'focus on the error summary');
      const links = $$(el, '.error-summary a');
      expect(summaryFields(el)).to.deep.equal(['about', 'area', 'phone', 'consent']);
      expect(texts(el, '.error-summary a')).to.deep.equal([
        'Kies over wie je melding gaat.',
        'Vul een postcode met 4 cijfers of de naam van een buurt in, zonder straat of huisnummer.',
        'Vul je telefoonnummer of je e-mailadres in.',
        'Vink aan dat je akkoord gaat. Anders kunnen we geen contact opnemen.',
      ]);
      const areaError = $(el, '[data-field="area"] .error-message');
      expect(areaError.querySelector('.visually-hidden')!.textContent).to.equal('Fout:');
      const area = fieldInput(el, 'area');
      expect(area.value).to.equal('Kerkstraat 12');
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      expect(area.getAttribute('aria-describedby')).to.contain(areaError.id);
      links[1]!.click();
      expect(activeInShadow(el)).to.equal(area);
      links[2]!.click();
      expect(activeInShadow(el)).to.equal(fieldInput(el, 'phone'));
      const group = $(el, '[data-field="contact"] fieldset');
      expect(group.getAttribute('aria-describedby')).to.contain($(el, '[data-field="contact"] > fieldset > .error-message').id);
    });

    it('lists every problem in one summary, on both paths', async () => {
      for (const about of ['other', 'self']) {
        const el = await openForm();
        await choose(el, 'about', about);
        await type(el, 'phone', '12');
        await type(el, 'email', 'an@');
        await submit(el);
        expect(summaryFields(el), about).to.deep.equal(['area', 'phone', 'email', 'consent']);
        await type(el, 'area', '2800');
        await type(el, 'phone', '');
        await type(el, 'email', 'an@voorbeeld.be');
        await check(el, 'consent');
        await submit(el);
        expect(summaryFields(el), about).to.deep.equal([]);
        await waitForState(el, 'sent');
        el.remove();
      }
    });

    it('opens the optional questions when one of them holds an error', async () => {
      const el = await openForm();
      await fillAboutNeighbourEssentials(el);
      // A script (or a paste past maxlength) can put in more than the form allows.
      await type(el, 'situation', 'x'.repeat(1001));
      await submit(el);
      expect(summaryFields(el)).to.deep.equal(['situation']);
      expect(($(el, 'details.more') as HTMLDetailsElement).open).to.equal(true);
      $(el, '.error-summary a').click();
      expect(activeInShadow(el)).to.equal(fieldInput(el, 'situation'));
    });

    it('marks the optional questions "(optioneel)", "(facultatif)", "(optional)"', async () => {
      for (const [lang, note] of [
        ['nl', '(optioneel)'],
        ['fr', '(facultatif)'],
        ['en', '(optional)'],
      ] as const) {
        const el = await openForm(lang);
        const optional = $$(el, '.optional').map((node) => node.closest('[data-field]')?.getAttribute('data-field'));
        expect(optional, lang).to.include.members(['ageGroup', 'situation', 'name', 'contactTimes']);
        expect($(el, 'details.more > summary .optional').textContent, lang).to.equal(note);
        expect(texts(el, '.optional').every((shown) => shown === note), lang).to.equal(true);
        el.remove();
      }
    });

    it('says how to fix it in French and English too', async () => {
      for (const [lang, heading, prefix] of [
        ['fr', 'Il y a un problème', 'Erreur :'],
        ['en', 'There is a problem', 'Error:'],
      ]) {
        const el = await openForm(lang);
        await submit(el);
        await el.updateComplete;
        expect($(el, '.error-summary-title').textContent).to.equal(heading);
        expect($(el, '.error-message .visually-hidden').textContent).to.equal(prefix);
        expect($(el, '.privacy').textContent).to.match(lang === 'fr' ? /6\smois après la clôture/ : /6\smonths after the report is closed/);
        el.remove();
      }
    });
  });

  describe('sending to the real receiver', () => {
    it('sends once, shows the reference, moves focus to the success heading and forgets the answers', async () => {
      const before = await storedReports();
      const el = await openForm();
      const events = recordEvents(el);
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
      const reference = $(el, '[data-reference]').textContent!;
      expect(reference).to.match(/^[A-Z2-9]{8}$/);
      await waitFor(() => activeInShadow(el)?.id.endsWith('outcome') ?? false, 'focus on the success heading');
      expect($(el, '.outcome.sent').textContent).to.contain('Binnen 24 uur');
      expect($$(el, '.outcome.sent .calm-lines a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
      expect($(el, '.outcome.sent .what-next').textContent).to.contain('Wat gebeurt er nu?');
      const success = events.find((event) => event.type === 'eh-report-success')!;
      expect(success.detail).to.deep.equal({ reference });
      const submitted = events.find((event) => event.type === 'eh-report-submit')!;
      expect(submitted.detail).to.deep.equal({ about: 'other' });
      expect(JSON.stringify(events.map((event) => event.detail))).to.not.contain('Nekkerspoel');
    });

    it('shows the outcome in the calm colour, never in alarm red, also for a partner whose accent is red', async () => {
      const el = await renderWidget(html`<eenzaamheid-hulp partner="stad-mechelen" endpoint=${`${await receiver()}/reports`}></eenzaamheid-hulp>`);
      $(el, '.report-start').click();
      await waitFor(() => Boolean(el.shadowRoot!.querySelector('.report-form')), 'the form');
      await fillAboutNeighbourEssentials(el);
      await submit(el);
      await waitForState(el, 'sent');
      const panel = $(el, '.outcome.sent');
      const colours = [panel, ...panel.querySelectorAll('*')].flatMap((node) => {
        const style = getComputedStyle(node);
        return [style.color, style.backgroundColor, style.borderInlineStartColor, style.borderTopColor, style.stroke];
      });
      const urgentRed = 'rgb(164, 22, 26)';
      const cityRed = 'rgb(155, 28, 49)';
      expect(colours).to.not.include(urgentRed);
      expect(colours).to.not.include(cityRed);
      expect(getComputedStyle(panel).borderInlineStartColor).to.equal('rgb(27, 94, 122)');
      expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(238, 246, 249)');
      // The widget's own urgent line-up stays red, as the lines always are.
      expect(getComputedStyle($(el, '.urgent .call a')).backgroundColor).to.equal(urgentRed);
    });

    it('sends one report for a double click and a second Enter', async () => {
      const before = await storedReports();
      await setFailSwitch('slow', { delayMs: 600 });
      const el = await openForm();
      await fillAboutNeighbour(el);
      const button = $(el, 'button.submit') as HTMLButtonElement;
      button.click();
      button.click();
      $(el, 'form.report-form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
    });

    it('sends nothing when a listener cancels eh-report-submit', async () => {
      const before = await storedReports();
      const el = await openForm();
      await fillAboutNeighbour(el);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('eh-report-submit', cancel);
      await submit(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.removeEventListener('eh-report-submit', cancel);
      expect(reportState(el)).to.equal('editing');
      expect(await storedReports()).to.equal(before);
    });

    it('puts 422 field errors on the fields', async () => {
      await setFailSwitch('422', { times: 1 });
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      await waitFor(() => Boolean(el.shadowRoot!.querySelector('.error-summary')), 'error summary');
      expect(fieldInput(el, 'area').getAttribute('aria-invalid')).to.equal('true');
      expect(fieldInput(el, 'area').value).to.equal('Nekkerspoel');
    });

    it('treats a 200 HTML page as not sent, keeps the report and sends it on retry', async () => {
      const before = await storedReports();
      await setFailSwitch('html');
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'not-sent');
      expect($(el, '.outcome').textContent).to.contain('wifi');
      expect(($(el, '.report-text') as HTMLTextAreaElement).value).to.contain('Nekkerspoel');
      await waitFor(() => activeInShadow(el)?.id.endsWith('outcome') ?? false, 'focus on the not-sent heading');
      expect(await storedReports()).to.equal(before);
      await setFailSwitch('ok');
      $(el, 'button[part="retry-button"]').click();
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
    });

    it('copies the report text with one click', async () => {
      await setFailSwitch('html');
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'not-sent');
      let copied = '';
      const clipboard = navigator.clipboard;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        $(el, 'button[part="copy-button"]').click();
        await waitFor(() => copied !== '', 'clipboard write');
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      }
      expect(copied).to.contain('Nekkerspoel');
      expect(copied).to.contain('0470 12 34 56');
      await el.updateComplete;
      expect($(el, '.copy-block [role="status"]').textContent).to.contain('gekopieerd');
    });

    it('waits while offline and sends by itself when the browser is back online', async () => {
      const before = await storedReports();
      const el = await openForm();
      const events = recordEvents(el);
      await fillAboutNeighbour(el);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await submit(el);
        await waitForState(el, 'offline');
        expect($(el, '.submit-row [role="status"]').textContent).to.contain('offline');
        expect(events.find((event) => event.type === 'eh-report-error')!.detail).to.deep.equal({ reason: 'offline', willRetry: true });
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      window.dispatchEvent(new Event('online'));
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
    });

    it('warns before the page unloads while a report is unsent, and not after it is sent', async () => {
      const el = await openForm();
      const unload = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(unload()).to.equal(false);
      await type(el, 'area', '2800');
      expect(unload()).to.equal(true);
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'sent');
      expect(unload()).to.equal(false);
    });

    it('neither loses nor duplicates a report when the element is removed and re-added while sending', async () => {
      const before = await storedReports();
      await setFailSwitch('slow', { delayMs: 800 });
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      await waitFor(() => reportState(el) === 'sending', 'sending');
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      parent.append(el);
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
    });

    it('uses a changed endpoint for the next send, and keeps an unsent report on screen if the endpoint goes away', async () => {
      const before = await storedReports();
      const el = await openForm();
      const good = el.getAttribute('endpoint')!;
      await fillAboutNeighbour(el);
      // A path the receiver does not know: 404, a lasting refusal, so "not sent yet" at once.
      el.setAttribute('endpoint', `${good.replace(/\/reports$/, '')}/elsewhere`);
      await el.updateComplete;
      await submit(el);
      await waitForState(el, 'not-sent');
      el.removeAttribute('endpoint');
      await el.updateComplete;
      expect(reportState(el)).to.equal('not-sent');
      expect(($(el, '.report-text') as HTMLTextAreaElement).value).to.contain('Nekkerspoel');
      el.setAttribute('endpoint', good);
      await el.updateComplete;
      $(el, 'button[part="retry-button"]').click();
      await waitForState(el, 'sent');
      expect(await storedReports()).to.equal(before + 1);
    });

    it('sends Open311 and shows the service request id', async () => {
      const el = await openForm('nl', { format: 'open311', serviceCode: 'eenzaamheid' });
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'sent');
      expect($(el, '[data-reference]').textContent).to.match(/^[A-Z2-9]{8}$/);
    });
  });
});
