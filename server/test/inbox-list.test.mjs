/**
 * The inbox as a work tool, over real HTTP with a real SQLite file: 120 reports (more
 * than two pages), filters as bookmarkable GET URLs, pages with no silent cap, the
 * most urgent first, clear answers to unknown values, each role's scope, the new-
 * reports count, and the three languages. Expectations are computed from the seeded
 * list written out here, not read from the receiver.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addAccount, client, manualClock, postReport, signIn, startReceiver, validReport } from './helpers.mjs';

const HOUR = 60 * 60 * 1000;

/** The references in a page's table, in order. @param {string} html */
const listed = (html) => [...html.matchAll(/<th scope="row" data-label="[^"]*"><a href="\/inbox\/([A-Z0-9]+)">/g)].map((match) => match[1]);
/** The caption's text. @param {string} html */
const caption = (html) => /<caption>([^<]*)<\/caption>/.exec(html)?.[1];

describe('the inbox list', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {ReturnType<typeof manualClock>} */
  let clock;
  /** @type {{ reference: string, receivedAt: number, partner: string, organisation: string | null, status: string }[]} */
  const spec = [];
  /** @type {ReturnType<typeof client>} */
  let coordinator;
  /** @type {ReturnType<typeof client>} */
  let samana;

  before(async () => {
    clock = manualClock(Date.parse('2026-03-20T12:00:00Z'));
    ctx = await startReceiver({ now: clock });
    const { store } = ctx;
    await store.organisations.create({ id: 'samana', name: 'Samana Mechelen', created_at: 0 });
    await store.organisations.create({ id: 'overkop', name: 'Overkop', created_at: 0 });
    const start = clock();
    for (let i = 0; i < 120; i += 1) {
      const reference = `L${String(i).padStart(3, '0')}AAAA`;
      const receivedAt = start - (i + 1) * HOUR;
      const partner = i % 3 === 0 ? 'ocmw' : 'samana';
      await store.reports.create(
        { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, received_at: receivedAt, month: '2026-03', format: 'json', partner, age_group: '65-plus', about: i % 2 ? 'self' : 'other', lang: 'nl', area: 'Muizen', page: null, fill_ms: 30000, payload: '{}', body_hash: `h${i}` },
        { key: null, newReference: () => reference, answer: () => ({ status: 201, body: '' }) },
      );
      const organisation = i % 4 === 1 ? 'samana' : i % 4 === 2 ? 'overkop' : null;
      if (organisation) await store.reports.assign(reference, organisation, { at: receivedAt + 1, actorId: null, actor: 'test', mail: [] });
      let status = organisation ? 'assigned' : 'new';
      if (i % 5 === 3) status = 'contacted';
      if (i % 5 === 4) status = 'closed';
      if (status === 'contacted' || status === 'closed') await store.reports.setStatus(reference, { status, at: receivedAt + 2, outcome: status === 'closed' ? 'reached' : null, actorId: null, actor: 'test' });
      spec.push({ reference, receivedAt, partner, organisation, status });
    }
    coordinator = await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }));
    samana = await signIn(ctx, await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' }));
  });
  after(() => ctx?.close());

  const isOpen = (/** @type {{ status: string }} */ s) => s.status === 'new' || s.status === 'assigned';
  const isOverdue = (/** @type {{ status: string, receivedAt: number }} */ s) => isOpen(s) && s.receivedAt + 24 * HOUR < clock();
  const order = (/** @type {typeof spec} */ list) => [
    ...list.filter(isOverdue).sort((a, b) => a.receivedAt - b.receivedAt),
    ...list.filter((s) => isOpen(s) && !isOverdue(s)).sort((a, b) => a.receivedAt - b.receivedAt),
    ...list.filter((s) => !isOpen(s)).sort((a, b) => b.receivedAt - a.receivedAt),
  ].map((s) => s.reference);

  test('pages of 50 with no silent cap: "51–100 of 120", previous and next, the most urgent first', async () => {
    const expected = order(spec);
    const first = await coordinator.get('/inbox');
    assert.equal(first.status, 200);
    assert.equal(caption(first.text), 'Meldingen 1–50 van 120');
    assert.deepEqual(listed(first.text), expected.slice(0, 50));
    assert.match(first.text, /Pagina 1 van 3/);
    assert.match(first.text, /<a href="\/inbox\?page=2" rel="next">Volgende pagina<\/a>/);
    assert.doesNotMatch(first.text, /rel="prev"/);
    const second = await coordinator.get('/inbox?page=2');
    assert.equal(caption(second.text), 'Meldingen 51–100 van 120');
    assert.deepEqual(listed(second.text), expected.slice(50, 100));
    assert.match(second.text, /<a href="\/inbox" rel="prev">/);
    const third = await coordinator.get('/inbox?page=3');
    assert.equal(caption(third.text), 'Meldingen 101–120 van 120');
    assert.deepEqual(listed(third.text), expected.slice(100));
    assert.doesNotMatch(third.text, /rel="next"/);
    // The first row is overdue, and says so in words.
    assert.match(first.text, /<strong class="late">te laat: \d+ u \d+ min<\/strong>/);
    assert.doesNotMatch(first.text, /http-equiv="refresh"/i, 'no automatic reload');
  });

  test('each row: reference, received in Brussels time, time left in words, status, organisation, partner, age group, about', async () => {
    const page = (await coordinator.get('/inbox?status=new')).text;
    // L000AAAA: received 2026-03-20T11:00Z = 12:00 in Brussels (CET), 23 h left, unassigned, ocmw, about someone else.
    const row = /<tr>\s*<th scope="row" data-label="Referentie"><a href="\/inbox\/L000AAAA">L000AAAA<\/a><\/th>([\s\S]*?)<\/tr>/.exec(page)?.[1] ?? '';
    assert.match(row, /<time datetime="2026-03-20T11:00:00.000Z">20\/03\/2026, 12:00<\/time>/);
    assert.match(row, /data-label="Termijn van 24 uur">nog 22 u 5\d min</);
    assert.match(row, /data-label="Status">nieuw</);
    assert.match(row, /data-label="Organisatie">nog niet toegewezen</);
    assert.match(row, /data-label="Partner">ocmw</);
    assert.match(row, /data-label="Leeftijd">65\+</);
    assert.match(row, /data-label="Over wie">iemand anders</);
    const closed = (await coordinator.get('/inbox?status=closed')).text;
    assert.match(closed, /data-label="Termijn van 24 uur">niet meer van toepassing</);
  });

  test('filters as a GET form: each alone and together, the same order, a bookmarkable URL in the pager', async () => {
    /** @type {[string, (s: typeof spec[number]) => boolean][]} */
    const cases = [
      ['status=closed', (s) => s.status === 'closed'],
      ['status=open', isOpen],
      ['organisation=samana', (s) => s.organisation === 'samana'],
      ['organisation=none', (s) => s.organisation === null],
      ['partner=ocmw', (s) => s.partner === 'ocmw'],
      ['overdue=1', isOverdue],
      ['status=assigned&organisation=overkop&partner=samana&overdue=1', (s) => s.status === 'assigned' && s.organisation === 'overkop' && s.partner === 'samana' && isOverdue(s)],
    ];
    for (const [query, match] of cases) {
      const expected = order(spec.filter(match));
      assert.ok(expected.length > 0, query);
      const response = await coordinator.get(`/inbox?${query}`);
      assert.equal(response.status, 200, query);
      assert.deepEqual(listed(response.text), expected.slice(0, 50), query);
      assert.equal(caption(response.text), `Meldingen 1–${Math.min(50, expected.length)} van ${expected.length}`, query);
      assert.match(response.text, new RegExp(`${expected.length} meldingen passen bij deze filters`), query);
      assert.match(response.text, /<a href="\/inbox">Alle filters wissen<\/a>/, query);
    }
    const form = (await coordinator.get('/inbox?partner=samana&overdue=1')).text;
    assert.match(form, /<form method="get" action="\/inbox"/);
    assert.match(form, /<option value="samana" selected>samana<\/option>/);
    assert.match(form, /id="overdue" name="overdue" value="1" checked/);
    assert.ok(spec.filter((s) => s.partner === 'samana').length > 50);
    assert.match((await coordinator.get('/inbox?partner=samana')).text, /<a href="\/inbox\?partner=samana&#38;page=2" rel="next">/);
    assert.equal((await coordinator.get('/inbox?partner=samana&page=2')).status, 200);
  });

  test('no matching report: says so', async () => {
    const response = await coordinator.get('/inbox?status=closed&overdue=1');
    assert.equal(response.status, 200);
    assert.match(response.text, /Geen meldingen passen bij deze filters\./);
    assert.equal(caption(response.text), 'Meldingen');
  });

  test('unknown values: a 400 with a clear message per field, never a 500; a page past the end: 404 with a link to the last page', async () => {
    for (const [query, message] of [
      ['status=lost', 'Kies een status uit de lijst.'],
      ['organisation=elsewhere', 'Kies een organisatie uit de lijst.'],
      ['partner=%3Cscript%3E', 'Kies een partner uit de lijst.'],
      ['overdue=yes', 'Vink “te laat” aan of laat het leeg.'],
      ['page=0', 'Het paginanummer moet een getal zijn vanaf 1.'],
      ['page=abc', 'Het paginanummer moet een getal zijn vanaf 1.'],
      ['status=new&status=closed', 'Kies een status uit de lijst.'],
    ]) {
      const response = await coordinator.get(`/inbox?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.text, /<div class="error-summary" role="alert"/, query);
      assert.ok(response.text.includes(message), `${query}: ${message}`);
      assert.doesNotMatch(response.text, /<script>|&lt;script&gt;<\/option>/, query);
      assert.equal(listed(response.text).length, 0, query);
    }
    const json = await coordinator.get('/inbox.json?status=lost&partner=nope');
    assert.equal(json.status, 400);
    assert.deepEqual(JSON.parse(json.text), { errors: [{ field: 'status', code: 'unknown' }, { field: 'partner', code: 'unknown' }] });
    const past = await coordinator.get('/inbox?page=9');
    assert.equal(past.status, 404);
    assert.match(past.text, /Pagina 9 bestaat niet: er zijn 3 pagina’s\./);
    assert.match(past.text, /<a href="\/inbox\?page=3">Naar de laatste pagina<\/a>/);
  });

  test('/inbox.json: the same list and order, with total and pages', async () => {
    const response = await coordinator.get('/inbox.json?partner=ocmw&page=1');
    const body = JSON.parse(response.text);
    const expected = order(spec.filter((s) => s.partner === 'ocmw'));
    assert.equal(body.total, expected.length);
    assert.equal(body.pages, 1);
    assert.deepEqual(body.rows.map((/** @type {any} */ row) => row.reference), expected);
    assert.equal(body.rows[0].overdue, true);
    assert.equal('area' in body.rows[0], false, 'no personal data in the list');
  });

  test('a local actor sees only its organisation\'s reports, with no organisation filter, whatever the URL says', async () => {
    const own = order(spec.filter((s) => s.organisation === 'samana'));
    const page = await samana.get('/inbox');
    assert.equal(page.status, 200);
    assert.equal(caption(page.text), `Meldingen 1–${own.length} van ${own.length}`);
    assert.deepEqual(listed(page.text), own);
    assert.doesNotMatch(page.text, /id="organisation"/);
    assert.match(page.text, /U ziet de meldingen die aan Samana Mechelen zijn toegewezen\./);
    for (const query of ['organisation=overkop', 'organisation=none', 'organisation=samana']) {
      const response = await samana.get(`/inbox?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(listed(response.text).length, 0);
      assert.match(response.text, /<li>Kies een organisatie uit de lijst\.<\/li>/, 'no link to a field the page does not have');
    }
    assert.match((await coordinator.get('/inbox?organisation=nowhere')).text, /<li><a href="#organisation">Kies een organisatie uit de lijst\.<\/a><\/li>/);
    const filtered = await samana.get('/inbox.json?status=closed');
    const body = JSON.parse(filtered.text);
    assert.deepEqual(body.rows.map((/** @type {any} */ row) => row.reference), order(spec.filter((s) => s.organisation === 'samana' && s.status === 'closed')));
    assert.ok(body.rows.length > 0);
  });

  test('the new-reports count: what arrived since the page was made, in the same scope and filters, in words', async () => {
    const page = (await coordinator.get('/inbox')).text;
    const countUrl = /data-count-url="([^"]+)"/.exec(page)?.[1]?.replaceAll('&#38;', '&') ?? '';
    assert.match(countUrl, /^\/inbox\/new\.json\?since=\d+$/);
    assert.deepEqual(JSON.parse((await coordinator.get(countUrl)).text), { count: 0, text: '' });
    clock.tick(60_000);
    const report = validReport({ partner: 'ocmw' });
    const posted = await postReport(ctx.base, report);
    assert.equal(posted.status, 201);
    clock.tick(60_000);
    await postReport(ctx.base, validReport({ partner: 'samana' }));
    assert.deepEqual(JSON.parse((await coordinator.get(countUrl)).text), { count: 2, text: 'Er zijn 2 nieuwe meldingen.' });
    const ocmwPage = (await coordinator.get('/inbox?partner=ocmw')).text;
    const ocmwCount = /data-count-url="([^"]+)"/.exec(ocmwPage)?.[1]?.replaceAll('&#38;', '&') ?? '';
    assert.match(ocmwCount, /^\/inbox\/new\.json\?partner=ocmw&since=\d+$/);
    const since = Number(/since=(\d+)/.exec(countUrl)?.[1]);
    assert.equal(JSON.parse((await coordinator.get(`/inbox/new.json?partner=ocmw&since=${since}`)).text).count, 1);
    // A local actor: new reports are not assigned to anyone yet, so none of them is its news.
    assert.equal(JSON.parse((await samana.get(`/inbox/new.json?since=${since}`)).text).count, 0);
    const english = await coordinator.get(`/inbox/new.json?since=${since}`, { headers: { 'Accept-Language': 'en' } });
    assert.equal(JSON.parse(english.text).text, 'There are 2 new reports.');
    assert.equal((await coordinator.get('/inbox/new.json')).status, 400);
    assert.equal((await coordinator.get('/inbox/new.json?since=soon')).status, 400);
    assert.equal((await client(ctx.base).get(`/inbox/new.json?since=${since}`)).status, 401, 'signed out: nothing');
  });
});

describe('the back office\'s language', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  before(async () => {
    ctx = await startReceiver({ now: manualClock() });
  });
  after(() => ctx?.close());

  test('from the browser\'s Accept-Language, Dutch otherwise; lang attribute right', async () => {
    const browser = client(ctx.base);
    for (const [header, lang, heading] of [['', 'nl', 'Aanmelden'], ['fr-BE,fr;q=0.9', 'fr', 'Se connecter'], ['en-GB', 'en', 'Sign in'], ['de', 'nl', 'Aanmelden']]) {
      const page = await browser.get('/sign-in', { headers: { 'Accept-Language': header } });
      assert.match(page.text, new RegExp(`<html lang="${lang}">`), header);
      assert.match(page.text, new RegExp(`<h1>${heading}</h1>`), header);
    }
  });

  test('the switch: signed out it is remembered by this browser; signed in it becomes the account\'s setting', async () => {
    const account = await addAccount(ctx, { email: 'taal@stad.example', role: 'coordinator' });
    const browser = client(ctx.base);
    const signInPage = await browser.get('/sign-in?next=%2Finbox');
    assert.match(signInPage.text, /<button type="submit" name="lang" value="fr" lang="fr">Français<\/button>/);
    assert.match(signInPage.text, /<button type="submit" name="lang" value="en" lang="en">English<\/button>/);
    assert.doesNotMatch(signInPage.text, /value="nl" lang="nl"/, 'the current language is not offered');
    const switched = await browser.post('/language', { lang: 'en', next: '/sign-in?next=%2Finbox' });
    assert.equal(switched.status, 303);
    assert.equal(switched.location, '/sign-in?next=%2Finbox');
    assert.match((await browser.get('/sign-in')).text, /<h1>Sign in<\/h1>/);

    await signIn(ctx, account, browser);
    const inbox = await browser.get('/inbox');
    assert.match(inbox.text, /<html lang="en">/);
    assert.match(inbox.text, /<h1>Reports<\/h1>/);
    const french = await browser.post('/language', { lang: 'fr', next: '/inbox' });
    assert.equal(french.location, '/inbox');
    assert.equal((await ctx.store.accounts.findById(account.id))?.lang, 'fr');
    // Another device, whose browser asks for English: the account's setting wins.
    const other = await signIn(ctx, account, client(ctx.base, { headers: { 'Accept-Language': 'en' } }));
    assert.match((await other.get('/inbox')).text, /<h1>Signalements<\/h1>/);
    assert.match((await other.get('/inbox/XXXXXXXX')).text, /Signalement introuvable/);
  });

  test('a report\'s page: every answer of the form, the resident\'s own words marked with their language', async () => {
    const account = await addAccount(ctx, { email: 'lezer@stad.example', role: 'coordinator' });
    const browser = await signIn(ctx, account);
    const report = validReport({
      lang: 'fr', about: 'other', relation: 'friend', personKnows: 'unsure', ageGroup: '26-64', area: 'Battel',
      situation: 'Mon amie ne sort plus de chez elle.', contactMethod: 'email', name: 'Camille', phone: '0470 11 22 33',
      email: 'camille@example.org', contactTimes: 'Le soir', partner: 'samana', page: 'https://www.samana.be/aide',
    });
    const { reference } = await (await postReport(ctx.base, report)).json();
    const page = (await browser.get(`/inbox/${reference}`, { headers: { 'Accept-Language': 'nl' } })).text;
    const fact = (/** @type {string} */ term) => new RegExp(`<dt>${term}</dt><dd[^>]*>([\\s\\S]*?)</dd>`).exec(page)?.[1];
    assert.equal(fact('Over wie'), 'iemand anders');
    assert.equal(fact('Relatie'), 'vriend(in)');
    assert.equal(fact('Weet de persoon het\\?'), 'weet niet');
    assert.equal(fact('Leeftijd'), '26–64');
    assert.equal(fact('Buurt of postcode'), 'Battel');
    assert.equal(fact('Wat is er aan de hand'), 'Mon amie ne sort plus de chez elle.');
    assert.equal(fact('Contact via'), 'e-mail');
    assert.equal(fact('Naam'), 'Camille');
    assert.match(fact('Telefoon') ?? '', /<a href="tel:0470112233">0470 11 22 33<\/a>/);
    assert.match(fact('E-mail') ?? '', /<a href="mailto:camille%40example.org">camille@example.org<\/a>/);
    assert.equal(fact('Bereikbaar'), 'Le soir');
    assert.equal(fact('Akkoord met contact'), 'ja');
    assert.equal(fact('Taal'), 'Frans');
    assert.equal(fact('Partner'), 'samana');
    assert.equal(fact('Pagina'), 'https://www.samana.be/aide');
    assert.equal(fact('Formaat'), 'json');
    assert.match(fact('Ontvangen') ?? '', /<time datetime="[^"]+">\d{1,2}\/\d{1,2}\/\d{4}, \d{2}:\d{2}<\/time>/);
    assert.match(page, /<dd lang="fr">Mon amie ne sort plus de chez elle\.<\/dd>/);
    assert.match(page, /<dd lang="fr">Le soir<\/dd>/);
    const french = (await browser.get(`/inbox/${reference}`, { headers: { 'Accept-Language': 'fr' } })).text;
    assert.match(french, /<html lang="fr">/);
    assert.match(french, /<dd>Mon amie ne sort plus de chez elle\.<\/dd>/, 'same language as the page: no lang needed');
    const views = (await ctx.store.audit.list({ reference, limit: 10, offset: 0 })).rows.filter((entry) => entry.action === 'view-report');
    assert.equal(views.length, 2, 'each opening is in the audit log');
  });

  test('the switch never sends anyone elsewhere, and ignores an unknown language', async () => {
    const browser = client(ctx.base);
    await browser.get('/sign-in');
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await browser.post('/language', { lang: 'fr', next });
      assert.equal(response.location, '/', next);
    }
    const unknown = await browser.post('/language', { lang: 'de', next: '/sign-in' });
    assert.equal(unknown.status, 303);
    assert.match((await browser.get('/sign-in')).text, /<html lang="fr">/, 'the earlier choice stays');
    const forged = await client(ctx.base).post('/language', { lang: 'en', next: '/' }, { csrf: false });
    assert.equal(forged.status, 403, 'no CSRF token: refused');
  });
});
