/**
 * Reach answers the council: per partner and month, reports received, contacted within
 * 24 hours (count and share), the median time to contact and the outcomes, from the
 * reports' handling with a fixed clock (also across the March DST change).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { summariseHandling } from '../src/reach/handling.mjs';
import { addAccount, client, manualClock, postReport, signIn, startReceiver, validReport } from './helpers.mjs';

const HOUR = 60 * 60 * 1000;
const BY = { actorId: null, actor: 'test' };

describe('reach: the follow-up figures', () => {
  test('summary: within 24 hours counts 24 real hours; median of the contacted; outcomes; open', () => {
    const at = Date.parse('2026-03-28T15:00:00Z');
    const summary = summariseHandling([
      { received_at: at, contacted_at: at + 2 * HOUR, closed_at: at + 3 * HOUR, status: 'closed', outcome: 'reached' },
      { received_at: at, contacted_at: at + 24 * HOUR, closed_at: null, status: 'contacted', outcome: null },
      { received_at: at, contacted_at: at + 24 * HOUR + 1, closed_at: at + 30 * HOUR, status: 'closed', outcome: 'referred' },
      { received_at: at, contacted_at: null, closed_at: at + 5 * HOUR, status: 'closed', outcome: 'no-help-wanted' },
      { received_at: at, contacted_at: null, closed_at: at + 48 * HOUR, status: 'closed', outcome: 'not-reachable' },
      { received_at: at, contacted_at: null, closed_at: null, status: 'assigned', outcome: null },
    ]);
    assert.deepEqual(summary, {
      received: 6,
      contacted: 4,
      contactedWithin24h: 3,
      contactedWithin24hShare: 0.5,
      medianHoursToContact: 14.5, // 2, 5, 24, 24.000…: (5 + 24) / 2
      outcomes: { reached: 1, 'not-reachable': 1, referred: 1, 'no-help-wanted': 1 },
      open: 2, // contacted but not closed, and assigned
    });
    assert.deepEqual(summariseHandling([]), {
      received: 0, contacted: 0, contactedWithin24h: 0, contactedWithin24hShare: null, medianHoursToContact: null,
      outcomes: { reached: 0, 'not-reachable': 0, referred: 0, 'no-help-wanted': 0 }, open: 0,
    });
  });

  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  const clock = manualClock(Date.parse('2026-03-28T15:00:00Z'));
  /** @type {ReturnType<typeof client>} */
  let browser;

  before(async () => {
    ctx = await startReceiver({ now: clock, workflowIntervalMs: 0, retentionIntervalMs: 0 });
    /** @param {string} partner */
    const report = async (partner) => (await (await postReport(ctx.base, validReport({ partner }))).json()).reference;
    const received = clock();
    const fast = await report('samana');
    const late = await report('samana');
    const closedDirectly = await report('samana');
    const unreachable = await report('ocmw');
    await report('ocmw');
    // 23 real hours later is 29 March 15:00 in Brussels (CEST): within the 24 hours.
    await ctx.store.reports.setStatus(fast, { status: 'contacted', at: received + 23 * HOUR, ...BY });
    await ctx.store.reports.setStatus(fast, { status: 'closed', at: received + 25 * HOUR, outcome: 'reached', ...BY });
    await ctx.store.reports.setStatus(late, { status: 'contacted', at: received + 25 * HOUR, ...BY });
    await ctx.store.reports.setStatus(closedDirectly, { status: 'closed', at: received + HOUR, outcome: 'referred', ...BY });
    await ctx.store.reports.setStatus(unreachable, { status: 'closed', at: received + 30 * HOUR, outcome: 'not-reachable', tries: 3, ...BY });
    await ctx.store.notes.add({ id: 'n1', reference: fast, at: received, author_id: null, author: 'test', text: 'een notitie telt niet mee' });
    clock.set(Date.parse('2026-04-02T10:00:00Z'));
    const coordinator = await addAccount(ctx, { email: 'c@mechelen.example', role: 'coordinator' });
    browser = await signIn(ctx, coordinator);
  });
  after(() => ctx.close());

  test('/reach.json: per partner and month of receipt', async () => {
    const response = await browser.get('/reach.json');
    assert.equal(response.status, 200);
    const reach = JSON.parse(response.text);
    const march = reach.months.find((/** @type {any} */ month) => month.month === '2026-03');
    const byPartner = Object.fromEntries(march.partners.map((/** @type {any} */ row) => [row.partner, row.handling]));
    assert.deepEqual(byPartner.samana, {
      received: 3,
      contacted: 3,
      contactedWithin24h: 2,
      contactedWithin24hShare: 0.6667,
      medianHoursToContact: 23,
      outcomes: { reached: 1, 'not-reachable': 0, referred: 1, 'no-help-wanted': 0 },
      open: 1,
    });
    assert.deepEqual(byPartner.ocmw, {
      received: 2,
      contacted: 0,
      contactedWithin24h: 0,
      contactedWithin24hShare: 0,
      medianHoursToContact: null,
      outcomes: { reached: 0, 'not-reachable': 1, referred: 0, 'no-help-wanted': 0 },
      open: 1,
    });
    assert.ok(!response.text.includes('notitie'), 'notes are not in the reach figures');
  });

  test('/reach: a plain follow-up table per month, in the page\'s language (English when asked, Dutch by default)', async () => {
    const response = await browser.get('/reach', { headers: { 'Accept-Language': 'en' } });
    assert.equal(response.status, 200);
    assert.match(response.text, /<caption>Follow-up of reports, March 2026 \(2026-03\)<\/caption>/);
    for (const heading of ['Reports received', 'Contacted within 24 h', 'Share within 24 h', 'Median time to contact', 'Not reachable', 'Still open']) {
      assert.ok(response.text.includes(`<th scope="col">${heading}</th>`), heading);
    }
    assert.match(response.text, /<th scope="row" data-label="Partner">samana<\/th>\n<td class="num" data-label="Reports received">3<\/td>\n<td class="num" data-label="Contacted within 24 h">2<\/td>\n<td class="num" data-label="Share within 24 h">66\.7 %<\/td>\n<td class="num" data-label="Median time to contact">23 h<\/td>/);
    assert.match(response.text, /<th scope="row" data-label="Partner">ocmw<\/th>\n<td class="num" data-label="Reports received">2<\/td>\n<td class="num" data-label="Contacted within 24 h">0<\/td>\n<td class="num" data-label="Share within 24 h">0 %<\/td>\n<td class="num" data-label="Median time to contact">no contact yet<\/td>/);
    const dutch = await browser.get('/reach', { headers: { 'Accept-Language': '' } });
    assert.match(dutch.text, /<caption>Opvolging van de meldingen, maart 2026 \(2026-03\)<\/caption>/);
    assert.match(dutch.text, /<th scope="row" data-label="Partner">samana<\/th>\n<td class="num" data-label="Meldingen ontvangen">3<\/td>\n<td class="num" data-label="Contact binnen 24 uur">2<\/td>\n<td class="num" data-label="Aandeel binnen 24 uur">66,7 %<\/td>\n<td class="num" data-label="Mediaan tijd tot contact">23 u<\/td>/);
  });
});
