import { expect, html, oneEvent } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { activeCampaigns, openingState } from '../../src/content/schedule.js';
import type { Campaign, Helpline } from '../../src/content/types.js';
import { scheduleMessages } from '../../src/i18n/schedule.js';
import { clock } from '../../src/time/clock.js';
import { brusselsTime } from '../../src/time/brussels.js';
import { $, renderWidget, waitFor } from '../support/helpers.js';

const realNow = clock.now;

async function widgetAt(iso: string, lang = 'nl'): Promise<EenzaamheidHulp> {
  clock.now = () => new Date(iso);
  const el = await renderWidget(html`<eenzaamheid-hulp lang=${lang} content-src="/fixtures/content/schedule.json"></eenzaamheid-hulp>`);
  if (!el.shadowRoot!.querySelector('[data-resource-id="test-avondlijn"]')) await oneEvent(el, 'eh-content-load');
  // The schedule chunk loads once content has dates; wait until it has judged them.
  await waitFor(() => Boolean(el.shadowRoot!.querySelector('.open-now, .closed-now')), 'opening state');
  await el.updateComplete;
  return el;
}

describe('campaigns and opening hours (Europe/Brussels)', () => {
  afterEach(() => {
    clock.now = realNow;
  });

  it('reads the date and time in Mechelen, whatever the visitor’s time zone', () => {
    // 23:30 UTC on 30 November is already 1 December, 00:30, in Brussels (UTC+1).
    expect(brusselsTime(new Date('2026-11-30T23:30:00Z'))).to.deep.equal({ date: '2026-12-01', day: 2, minutes: 30 });
    // Summer time: UTC+2.
    expect(brusselsTime(new Date('2026-07-05T21:59:00Z'))).to.deep.equal({ date: '2026-07-05', day: 7, minutes: 23 * 60 + 59 });
  });

  it('shows a campaign only between its dates, inclusive, in Brussels time', () => {
    const campaign = { id: 'c', start: '2026-09-28', end: '2026-10-05' } as Campaign;
    expect(activeCampaigns([campaign], new Date('2026-09-27T21:59:00Z'))).to.have.length(0); // 23:59 on 27 Sept
    expect(activeCampaigns([campaign], new Date('2026-09-27T22:00:00Z'))).to.have.length(1); // 00:00 on 28 Sept
    expect(activeCampaigns([campaign], new Date('2026-10-05T21:59:00Z'))).to.have.length(1); // 23:59 on 5 Oct
    expect(activeCampaigns([campaign], new Date('2026-10-05T22:00:00Z'))).to.have.length(0); // 00:00 on 6 Oct
  });

  it('knows whether a line is open now', () => {
    const line = { openingHours: [{ days: [1, 2, 3, 4, 5], opens: '16:00', closes: '22:00' }] } as Helpline;
    expect(openingState(line, new Date('2026-11-25T15:00:00Z'))).to.deep.equal({ open: true, until: '22:00' }); // Wed 16:00
    expect(openingState(line, new Date('2026-11-25T14:59:00Z'))).to.deep.equal({ open: false }); // Wed 15:59
    expect(openingState(line, new Date('2026-11-25T21:00:00Z'))).to.deep.equal({ open: false }); // Wed 22:00
    expect(openingState(line, new Date('2026-11-28T16:00:00Z'))).to.deep.equal({ open: false }); // Saturday
    expect(openingState({ alwaysOpen: true } as Helpline, new Date())).to.equal(undefined);
  });

  it('shows the campaign banner during the campaign', async () => {
    const el = await widgetAt('2026-10-01T10:00:00Z');
    const banner = $(el, '[data-campaign-id="week-tegen-eenzaamheid"]');
    expect(banner.textContent).to.contain('Week tegen eenzaamheid');
    expect(banner.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/week');
  });

  it('shows no banner after the campaign', async () => {
    const el = await widgetAt('2026-10-06T10:00:00Z');
    expect(el.shadowRoot!.querySelector('.campaign')).to.equal(null);
  });

  it('says a line is open now, until when', async () => {
    const el = await widgetAt('2026-11-25T17:00:00Z'); // Wednesday 18:00 in Brussels
    expect($(el, '[data-resource-id="test-avondlijn"] .open-now').textContent).to.contain('Nu open, tot 22:00 uur');
  });

  it('writes the hour the French way, with no-break spaces ("22 h", "21 h 30")', async () => {
    expect(scheduleMessages.fr.openUntil('21:30')).to.equal('Ouvert en ce moment, jusqu’à 21\u202fh\u202f30.');
    const el = await widgetAt('2026-11-25T17:00:00Z', 'fr'); // Wednesday 18:00 in Brussels
    expect($(el, '[data-resource-id="test-avondlijn"] .open-now').textContent).to.equal('Ouvert en ce moment, jusqu’à 22\u202fh.');
  });

  it('says a line is closed and points to a line open day and night', async () => {
    const el = await widgetAt('2026-11-25T22:30:00Z', 'en'); // Wednesday 23:30 in Brussels
    const closed = $(el, '[data-resource-id="test-avondlijn"] .closed-now');
    expect(closed.textContent).to.contain('Closed now.');
    expect(closed.querySelector('a')!.getAttribute('href')).to.equal('tel:106');
  });
});
