/**
 * Test-server middleware for `content-src` cases: real HTTP answers (status codes,
 * content types, sizes) from the same server that serves the tests.
 */
// Built by `npm run build` (tsc), which `npm test` runs first.
import { mechelenContentAllLanguages as mechelenFixture } from '../../dist/lib/content/mechelen-all-languages.js';

const json = (body) => JSON.stringify(body);

function withItems(mutate) {
  const content = structuredClone(mechelenFixture);
  mutate(content);
  return json(content);
}

const routes = {
  '/fixtures/content/ok.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-ok';
      c.initiatives = [
        {
          id: 'remote-koffie',
          name: { nl: 'Koffieklets in de wijk', fr: 'Café papote', en: 'Coffee chat' },
          audiences: ['everyone'],
          routes: ['self', 'other'],
          forWhom: { nl: 'Iedereen uit de wijk' },
          offer: { nl: 'Elke week koffie en een babbel.' },
          contact: { website: 'https://example.org/koffie' },
          source: 'test fixture',
          checked: '2026-11-01',
        },
      ];
    }),
  }),
  '/fixtures/content/extends.json': () => ({
    type: 'application/json',
    // A file that extends the built-in content: one change, one new item, one removal, Dutch only.
    body: json({
      version: 'test-extends',
      updated: '2026-12-01',
      extends: 'built-in',
      remove: ['wegwijzers'],
      initiatives: [
        { id: 'overkop', contact: { website: 'https://example.org/overkop' }, source: 'test fixture' },
        {
          id: 'remote-koffie',
          name: { nl: 'Koffieklets in de wijk' },
          audiences: ['everyone'],
          routes: ['self'],
          forWhom: { nl: 'Iedereen uit de wijk' },
          offer: { nl: 'Elke week koffie en een babbel.' },
          source: 'test fixture',
        },
      ],
    }),
  }),
  '/fixtures/content/everyone-only.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-everyone-only';
      // Only the urgent lines and one initiative for everyone: the other audiences have nothing of their own.
      c.helplines = c.helplines.filter((line) => line.urgent);
      c.initiatives = c.initiatives.filter((initiative) => initiative.id === 'buurtengagementsnetwerken');
    }),
  }),
  '/fixtures/content/retention.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-retention';
      c.meldpunt.retention = { monthsAfterClose: 1, maxMonths: 3 };
    }),
  }),
  '/fixtures/content/no-urgent-lines.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-no-urgent';
      c.helplines = c.helplines.filter((line) => !line.urgent);
      delete c.meldpunt;
    }),
  }),
  '/fixtures/content/schedule.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-schedule';
      c.campaigns = [
        {
          id: 'week-tegen-eenzaamheid',
          title: { nl: 'Week tegen eenzaamheid', fr: 'Semaine contre la solitude', en: 'Week against loneliness' },
          body: { nl: 'Doe mee met een activiteit in je buurt.' },
          link: 'https://example.org/week',
          start: '2026-09-28',
          end: '2026-10-05',
        },
      ];
      c.helplines.push({
        id: 'test-avondlijn',
        name: { nl: 'Avondlijn' },
        number: '015 00 00 00',
        purpose: { nl: 'Testlijn met openingsuren.' },
        audiences: ['everyone'],
        routes: ['self'],
        channels: ['phone'],
        openingHours: [{ days: [1, 2, 3, 4, 5], opens: '16:00', closes: '22:00' }],
        source: 'test fixture',
        checked: '2026-11-01',
      });
    }),
  }),
  '/fixtures/content/many.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.version = 'test-many';
      c.initiatives = Array.from({ length: 300 }, (_, i) => ({
        id: `buurtpunt-${i}`,
        name: { nl: `Buurtpunt ${i}` },
        audiences: ['everyone'],
        routes: ['self'],
        forWhom: { nl: 'Iedereen uit de buurt' },
        offer: { nl: i % 2 ? 'Koffie en een babbel met de buren.' : 'Samen wandelen en praten.' },
        source: 'test fixture',
        checked: '2026-11-01',
      }));
    }),
  }),
  '/fixtures/content/one-bad-item.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.initiatives.push({ id: 'Bad Id!', name: { nl: '' } });
    }),
  }),
  '/fixtures/content/hostile.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.initiatives = [
        {
          id: 'script-text',
          name: { nl: '<script>window.__ehPwned = true</script><img src=x onerror="window.__ehPwned=true">' },
          audiences: ['everyone'],
          routes: ['self'],
          forWhom: { nl: '<b>iedereen</b>' },
          offer: { nl: '<a href="javascript:alert(1)">klik</a>' },
          source: 'test fixture',
          checked: '2026-11-01',
        },
        {
          id: 'javascript-url',
          name: { nl: 'Javascript-link' },
          audiences: ['everyone'],
          routes: ['self'],
          forWhom: { nl: 'x' },
          offer: { nl: 'x' },
          contact: { website: 'javascript:alert(1)' },
          source: 'test fixture',
          checked: '2026-11-01',
        },
        {
          id: 'data-url',
          name: { nl: 'Data-link' },
          audiences: ['everyone'],
          routes: ['self'],
          forWhom: { nl: 'x' },
          offer: { nl: 'x' },
          contact: { website: 'data:text/html,<script>alert(1)</script>' },
          source: 'test fixture',
          checked: '2026-11-01',
        },
      ];
    }),
  }),
  '/fixtures/content/html.json': () => ({ type: 'text/html', body: '<!doctype html><title>Login</title><p>Captive portal</p>' }),
  '/fixtures/content/invalid.json': () => ({ type: 'application/json', body: json({ hello: 'world' }) }),
  '/fixtures/content/too-large.json': () => ({
    type: 'application/json',
    body: withItems((c) => {
      c.padding = 'x'.repeat(600 * 1024);
    }),
  }),
  '/fixtures/content/server-error.json': () => ({ status: 500, type: 'text/plain', body: 'boom' }),
};

/** Koa middleware for the test server. */
export async function contentFixtures(ctx, next) {
  const route = Object.hasOwn(routes, ctx.path) ? routes[ctx.path] : undefined;
  if (!route) return next();
  const { status = 200, type, body } = route();
  ctx.status = status;
  ctx.type = type;
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
}
