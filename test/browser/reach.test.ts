import { expect, html } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { visibleBucket } from '../../src/analytics/beacon.js';
import { $, renderWidget, typeSearch, waitFor } from '../support/helpers.js';

function collect(el: EventTarget, names: string[]): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const name of names) el.addEventListener(name, (event) => events.push(event as CustomEvent));
  return events;
}

/** Captures what the widget hands to navigator.sendBeacon. */
function captureBeacons(): { calls: { url: string; body: Record<string, unknown> }[]; restore: () => void } {
  const calls: { url: string; body: Record<string, unknown> }[] = [];
  const original = navigator.sendBeacon;
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    calls.push({ url: String(url), body: JSON.parse(String(data)) });
    return true;
  };
  return { calls, restore: () => void (navigator.sendBeacon = original) };
}

const preventTelNavigation = (event: Event) => {
  if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
};

describe('reach events for the host page', () => {
  before(() => document.addEventListener('click', preventTelNavigation));
  after(() => document.removeEventListener('click', preventTelNavigation));

  it('emits eh-view once the widget has been at least half visible for a second', async () => {
    const events: CustomEvent[] = [];
    document.addEventListener('eh-view', (event) => events.push(event as CustomEvent));
    await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    await waitFor(() => events.length > 0, 'eh-view', 4000);
    expect(events[0]!.detail).to.deep.equal({});
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('does not emit eh-view for a widget far below the fold', async () => {
    const events: CustomEvent[] = [];
    const el = await renderWidget(html`<eenzaamheid-hulp style="margin-top: 5000px"></eenzaamheid-hulp>`);
    el.addEventListener('eh-view', (event) => events.push(event as CustomEvent));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(events).to.have.length(0);
  });

  it('emits eh-resource-click with the resource and the kind of link', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    const events = collect(el, ['eh-resource-click']);
    await waitFor(() => {
      $(el, '.urgent [data-resource-id="tele-onthaal-106"] a[href^="tel:"]').click();
      return events.length > 0;
    }, 'eh-resource-click after the reach chunk loaded', 4000);
    expect(events[0]!.detail).to.deep.equal({ resourceId: 'tele-onthaal-106', kind: 'tel' });
    events.length = 0;
    $(el, '[data-resource-id="tele-onthaal-106"] a[href^="https:"]').click();
    expect(events[0]!.detail).to.deep.equal({ resourceId: 'tele-onthaal-106', kind: 'web' });
  });

  it('emits eh-search with the result count, never the query', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    const events = collect(el, ['eh-search']);
    await typeSearch(el, 'mantelzorger');
    await waitFor(() => events.length > 0, 'eh-search');
    expect(Object.keys(events.at(-1)!.detail)).to.deep.equal(['resultCount']);
    expect(events.at(-1)!.detail.resultCount).to.be.greaterThan(0);
    expect(JSON.stringify(events.map((event) => event.detail))).to.not.contain('mantel');
  });

  it('emits eh-route with the route chosen', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    const events = collect(el, ['eh-route']);
    $(el, '.route-button[data-route="other"]').click();
    expect(events.map((event) => event.detail)).to.deep.equal([{ route: 'other' }]);
  });
});

describe('opt-in reach counting (analytics-endpoint)', () => {
  before(() => document.addEventListener('click', preventTelNavigation));
  after(() => document.removeEventListener('click', preventTelNavigation));

  it('sends nothing without the attribute', async () => {
    const beacons = captureBeacons();
    try {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      $(el, '.route-button[data-route="self"]').click();
      $(el, '.urgent a[href^="tel:"]').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(beacons.calls).to.have.length(0);
    } finally {
      beacons.restore();
    }
  });

  it('beacons coarse, anonymous events: name, partner, language, site, path without query', async () => {
    const beacons = captureBeacons();
    let el!: EenzaamheidHulp;
    try {
      el = await renderWidget(html`<eenzaamheid-hulp partner="samana" audience="everyone" lang="fr" analytics-endpoint="https://meldpunt.example/events"></eenzaamheid-hulp>`);
      await waitFor(() => beacons.calls.some((call) => call.body.name === 'eh-view'), 'the eh-view beacon', 4000);
      $(el, '.route-button[data-route="other"]').click();
      $(el, '.finder [data-resource-id="gevelbanken-picknicktafels"] a[href^="https:"]').click();
      await typeSearch(el, 'voisins');
      await waitFor(() => beacons.calls.some((call) => call.body.name === 'eh-search'), 'the eh-search beacon');
    } finally {
      beacons.restore();
    }
    const byName = Object.fromEntries(beacons.calls.map((call) => [call.body.name, call.body]));
    expect(beacons.calls.every((call) => call.url === 'https://meldpunt.example/events')).to.equal(true);
    expect(byName['eh-view']).to.deep.equal({
      v: 1, name: 'eh-view', partner: 'samana', lang: 'fr', site: location.origin, path: location.pathname,
      visible: null, kind: null, resourceType: null, results: null, route: null,
    });
    expect(byName['eh-route']!.route).to.equal('other');
    expect(byName['eh-resource-click']).to.include({ kind: 'web', resourceType: 'initiative' });
    expect(byName['eh-search']!.results).to.be.oneOf(['1-3', '4+']);
    const text = JSON.stringify(beacons.calls);
    expect(text).to.not.contain('voisins');
    expect(text).to.not.contain('gevelbanken-picknicktafels');
    expect(text).to.not.contain('?');
    expect(document.cookie).to.equal('');
  });

  it('puts the time visible in coarse buckets', () => {
    expect([1_000, 5_000, 29_999, 30_000, 119_999, 120_000, 3_600_000].map(visibleBucket)).to.deep.equal([
      '<5s', '5-30s', '5-30s', '30s-2m', '30s-2m', '>2m', '>2m',
    ]);
  });
});

describe('analytics-endpoint set after the widget started', () => {
  it('beacons from then on (a page may set it once its own config has loaded)', async () => {
    const beacons = captureBeacons();
    try {
      const el = await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      $(el, '.route-button[data-route="self"]').click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-panel button[part="back-button"]') !== null, 'the route’s steps');
      expect(beacons.calls).to.have.length(0);
      $(el, '.route-panel button[part="back-button"]').click();
      await waitFor(() => el.shadowRoot!.querySelector('.route-button[data-route="other"]') !== null, 'the route choice');
      el.setAttribute('analytics-endpoint', 'https://meldpunt.example/events');
      await el.updateComplete;
      $(el, '.route-button[data-route="other"]').click();
      expect(beacons.calls.map((call) => call.body.route)).to.deep.equal(['other']);
    } finally {
      beacons.restore();
    }
  });
});
