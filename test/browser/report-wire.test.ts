import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $ } from '../support/helpers.js';
import {
  fieldInput,
  fillAboutNeighbour,
  fillAboutNeighbourEssentials,
  openForm,
  receiver,
  reportState,
  setFailSwitch,
  storedReports,
  submit,
  type,
  check,
  choose,
  waitForState,
  type FormElement,
} from '../support/report-helpers.js';
import { UUID, expectOnlyPostsAndPreflights, formFields, watchWire, type WireRequest } from '../support/wire.js';

/**
 * What leaves the browser when a resident reports: every request the widget makes,
 * as the receiver got it (a recording proxy sits in front of the real receiver), not
 * only the rows it stored. The receiver's idempotency turns repeated POSTs into one
 * row; only the wire shows them.
 */

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SITUATION = 'Mijn buurvrouw komt al weken niet buiten.';

/** The one POST of a report, checked for what every report POST must carry. */
function expectReportPost(post: WireRequest, { path, contentType }: { path: string; contentType: RegExp }): void {
  expect(post.method).to.equal('POST');
  expect(post.path).to.equal(path);
  expect(post.headers['content-type']).to.match(contentType);
  expect(post.headers.accept).to.equal('application/json');
  expect(post.headers['idempotency-key']).to.match(UUID);
  expectNoCredentials(post);
}

/** No cookie, no page address beyond the origin (referrer ''), no credentials of any kind. */
function expectNoCredentials(post: WireRequest): void {
  // No cookie, no page address beyond the origin (referrer ''), no credentials of any kind.
  expect(post.headers.cookie).to.equal(undefined);
  expect(post.headers.referer).to.equal(undefined);
  expect(post.headers.authorization).to.equal(undefined);
  expect(post.headers.origin).to.equal(location.origin);
  expect(post.complete).to.equal(true);
}

/** A time the widget reported, in the window the test saw pass. */
function expectWithin(value: number, from: number, to: number, what: string): void {
  expect(value, what).to.be.at.least(from);
  expect(value, what).to.be.at.most(to);
}

/** Answers the essentials of a report about oneself, with an e-mail address instead of a phone number. */
async function fillAboutMyselfByEmail(el: FormElement): Promise<void> {
  await choose(el, 'about', 'self');
  await type(el, 'area', '2800');
  await type(el, 'email', 'an@example.org');
  await check(el, 'consent');
}

/** What a bot does: fills every input it finds, the hidden one included. */
async function fillHoneypot(el: FormElement, value: string): Promise<void> {
  const trap = el.shadowRoot!.querySelector<HTMLInputElement>('.trap input[name="website"]')!;
  trap.value = value;
  trap.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('what the report form sends', () => {
  beforeEach(() => setFailSwitch('ok'));
  afterEach(() => setFailSwitch('ok'));

  describe('JSON (format="json")', () => {
    it('one POST to the endpoint with every answer by value, the honeypot (empty) and the fill-in time', async () => {
      const wire = await watchWire();
      const opened = Date.now();
      const el = await openForm('nl', { partner: 'samana' });
      await fillAboutNeighbour(el);
      await submit(el);
      const submitted = Date.now();
      await waitForState(el, 'sent');
      const requests = await wire.since();
      expectOnlyPostsAndPreflights(requests);
      const posts = requests.filter((request) => request.method === 'POST');
      expect(posts).to.have.length(1);
      const post = posts[0]!;
      expectReportPost(post, { path: '/reports', contentType: /^application\/json$/ });
      const { id, fillMs, createdAt, ...answers } = JSON.parse(post.body) as Record<string, unknown>;
      expect(id).to.equal(post.headers['idempotency-key']);
      expectWithin(fillMs as number, 0, submitted - opened, 'fillMs');
      expect(Number.isInteger(fillMs)).to.equal(true);
      expect(createdAt).to.match(ISO);
      expectWithin(Date.parse(createdAt as string), opened, submitted, 'createdAt');
      expect(answers).to.deep.equal({
        schemaVersion: 1,
        about: 'other',
        relation: 'neighbour',
        personKnows: 'no',
        ageGroup: '65-plus',
        area: 'Nekkerspoel',
        situation: SITUATION,
        contactMethod: 'phone',
        phone: '0470 12 34 56',
        consent: true,
        partner: 'samana',
        lang: 'nl',
        page: `${location.origin}${location.pathname}`,
        honeypot: '',
      });
    });

    it('the shortest report (about oneself, by e-mail, in French) still carries the honeypot and the fill-in time', async () => {
      const wire = await watchWire();
      const el = await openForm('fr');
      await fillAboutMyselfByEmail(el);
      await submit(el);
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts).to.have.length(1);
      expectReportPost(posts[0]!, { path: '/reports', contentType: /^application\/json$/ });
      const { id, fillMs, createdAt, ...answers } = JSON.parse(posts[0]!.body) as Record<string, unknown>;
      expect(id).to.equal(posts[0]!.headers['idempotency-key']);
      expect(fillMs).to.be.a('number');
      expect(createdAt).to.match(ISO);
      expect(answers).to.deep.equal({
        schemaVersion: 1,
        about: 'self',
        ageGroup: 'unknown',
        area: '2800',
        contactMethod: 'email',
        email: 'an@example.org',
        consent: true,
        lang: 'fr',
        page: `${location.origin}${location.pathname}`,
        honeypot: '',
      });
    });

    it("sends what a bot typed into the honeypot, for the receiver to judge", async () => {
      const wire = await watchWire();
      const el = await openForm();
      await fillAboutNeighbour(el);
      await fillHoneypot(el, 'http://spam.example');
      await submit(el);
      // The receiver answers a bot like a person, so the widget shows "sent".
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts).to.have.length(1);
      expect(JSON.parse(posts[0]!.body).honeypot).to.equal('http://spam.example');
    });
  });

  describe('Open311 (format="open311")', () => {
    /** The request headers a browser adds by itself to a CORS-simple POST; none set by the widget. */
    const BROWSER_HEADERS = /^(host|connection|content-length|content-type|origin|accept|accept-encoding|accept-language|user-agent|sec-[a-z-]+|cache-control|pragma|priority)$/;

    it('one CORS-simple POST to {endpoint}/requests.json (no custom header, no preflight) with every GeoReport field by value', async () => {
      const wire = await watchWire();
      const opened = Date.now();
      const el = await openForm('nl', { format: 'open311', serviceCode: 'eenzaamheid', partner: 'samana' });
      await fillAboutNeighbour(el);
      await type(el, 'name', 'An');
      await type(el, 'contactTimes', 'na 18 uur');
      await submit(el);
      const submitted = Date.now();
      await waitForState(el, 'sent');
      const requests = await wire.since();
      // The receiver is on another origin than the page: a custom header would have cost an OPTIONS.
      expect(new URL(await receiver()).origin).to.not.equal(location.origin);
      expect(requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['POST /requests.json']);
      const post = requests[0]!;
      expect(post.headers['content-type']).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
      expect(post.headers['idempotency-key']).to.equal(undefined);
      expect(Object.keys(post.headers).filter((name) => !BROWSER_HEADERS.test(name))).to.deep.equal([]);
      expect(post.headers.accept ?? '*/*').to.equal('*/*');
      expectNoCredentials(post);
      const { 'attribute[fill_ms]': fillMs, 'attribute[report_id]': reportId, ...fields } = formFields(post.body);
      expect(fillMs).to.match(/^\d+$/);
      expectWithin(Number(fillMs), 0, submitted - opened, 'attribute[fill_ms]');
      // The report id travels in the body: a retry is the same report to the receiver.
      expect(reportId).to.match(UUID);
      expect(fields).to.deep.equal({
        service_code: 'eenzaamheid',
        description: ['about=other', 'relation=neighbour', 'person_knows=no', 'age_group=65-plus', 'contact_times=na 18 uur', SITUATION].join('\n'),
        address_string: 'Nekkerspoel',
        phone: '0470 12 34 56',
        first_name: 'An',
        'attribute[area]': 'Nekkerspoel',
        'attribute[about]': 'other',
        'attribute[consent]': 'true',
        'attribute[age_group]': '65-plus',
        'attribute[relation]': 'neighbour',
        'attribute[person_knows]': 'no',
        'attribute[contact_times]': 'na 18 uur',
        'attribute[partner]': 'samana',
        'attribute[lang]': 'nl',
        'attribute[honeypot]': '',
      });
      // The reference shown is the receiver's service_request_id.
      expect($(el, '[data-reference]').textContent).to.match(/^[A-Z2-9]{8}$/);
    });

    it('sends an e-mail address as email, and a filled honeypot as attribute[honeypot]', async () => {
      const wire = await watchWire();
      const el = await openForm('en', { format: 'open311', serviceCode: 'eenzaamheid' });
      await fillAboutMyselfByEmail(el);
      await fillHoneypot(el, 'buy now');
      await submit(el);
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts).to.have.length(1);
      const { 'attribute[fill_ms]': fillMs, ...fields } = formFields(posts[0]!.body);
      expect(fillMs).to.match(/^\d+$/);
      const { 'attribute[report_id]': reportId, ...rest } = fields;
      expect(reportId).to.match(UUID);
      expect(rest).to.deep.equal({
        service_code: 'eenzaamheid',
        description: ['about=self', 'age_group=unknown'].join('\n'),
        address_string: '2800',
        email: 'an@example.org',
        'attribute[area]': '2800',
        'attribute[about]': 'self',
        'attribute[consent]': 'true',
        'attribute[age_group]': 'unknown',
        'attribute[lang]': 'en',
        'attribute[honeypot]': 'buy now',
      });
    });

    it('sends the api-key attribute as api_key, still without a preflight', async () => {
      const wire = await watchWire();
      const el = await openForm('nl', { format: 'open311', serviceCode: 'eenzaamheid', apiKey: 'partner-key-1' });
      await fillAboutNeighbourEssentials(el);
      await submit(el);
      await waitForState(el, 'sent');
      const requests = await wire.since();
      expect(requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['POST /requests.json']);
      expect(formFields(requests[0]!.body).api_key).to.equal('partner-key-1');
    });

    it('takes the apiKey property too, set after the form opened: the last write is what is sent', async () => {
      const wire = await watchWire();
      const el = await openForm('nl', { format: 'open311', serviceCode: 'eenzaamheid', apiKey: 'partner-key-1' });
      (el as unknown as { apiKey: string }).apiKey = 'partner-key-2';
      await fillAboutNeighbourEssentials(el);
      await submit(el);
      await waitForState(el, 'sent');
      const [post] = await wire.posts();
      expect(formFields(post!.body).api_key).to.equal('partner-key-2');
      expect(el.getAttribute('api-key')).to.equal('partner-key-1');
    });

    it('a retry after a lost answer carries the same report_id, and the receiver stores one report', async () => {
      const before = await storedReports();
      await setFailSwitch('500', { times: 1 });
      const wire = await watchWire();
      const el = await openForm('nl', { format: 'open311', serviceCode: 'eenzaamheid' });
      await fillAboutNeighbourEssentials(el, 'Muizen');
      await submit(el);
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts).to.have.length(2);
      const ids = posts.map((post) => formFields(post.body)['attribute[report_id]']);
      expect(ids[0]).to.match(UUID);
      expect(ids[1]).to.equal(ids[0]);
      expect(await storedReports()).to.equal(before + 1);
    });
  });

  describe('one report, one POST', () => {
    it('a double click and a second Enter while the first POST is under way send nothing more', async () => {
      await setFailSwitch('slow', { delayMs: 1500 });
      const wire = await watchWire();
      const el = await openForm();
      await fillAboutNeighbour(el);
      const button = $(el, 'button.submit') as HTMLButtonElement;
      button.click();
      // The first POST has left the browser (the slow receiver holds its answer back).
      await wire.untilPosts(1);
      button.click();
      await el.updateComplete;
      fieldInput(el, 'phone').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(reportState(el)).to.equal('sending');
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts.map((post) => post.path)).to.deep.equal(['/reports']);
    });

    it('a click while waiting to try again sends nothing more: one POST per attempt, one key', async () => {
      await setFailSwitch('503', { times: 1 });
      const wire = await watchWire();
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      // The receiver's Retry-After: 1 keeps the widget waiting a second before attempt 2.
      await waitForState(el, 'retrying');
      ($(el, 'button.submit') as HTMLButtonElement).click();
      fieldInput(el, 'phone').focus();
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'sent');
      const posts = await wire.posts();
      expect(posts).to.have.length(2);
      expect(new Set(posts.map((post) => post.headers['idempotency-key'])).size).to.equal(1);
      expect(posts[0]!.body).to.equal(posts[1]!.body);
    });

    it('removed right after submit and re-added mid-send: the POST goes while detached, once, and the report is stored', async () => {
      const before = await storedReports();
      await setFailSwitch('slow', { delayMs: 1500 });
      const wire = await watchWire();
      const el = await openForm();
      await fillAboutNeighbour(el);
      await submit(el);
      const parent = el.parentElement!;
      el.remove();
      // Detached, the element still sends (the slow receiver holds its answer back)…
      await wire.untilPosts(1);
      expect(el.isConnected).to.equal(false);
      parent.append(el);
      await el.updateComplete;
      // …and back on the page it shows that send, not a new one.
      expect(reportState(el)).to.equal('sending');
      await waitForState(el, 'sent');
      expect(await wire.posts()).to.have.length(1);
      expect(await storedReports()).to.equal(before + 1);
    });
  });

  describe('no cookie, even where the browser would send one', () => {
    const COOKIE = 'partner_session=page-secret';
    afterEach(() => {
      document.cookie = `${COOKIE}; path=/; max-age=0`;
    });

    for (const format of ['json', 'open311'] as const) {
      it(`a receiver on the page's own origin with a cookie set for it gets none from the widget (${format})`, async () => {
        const sameOrigin = `${location.origin}/same-origin-receiver`;
        document.cookie = `${COOKIE}; path=/`;
        const wire = await watchWire();
        // The setup works: a request on this origin with the browser's default credentials carries the cookie.
        await fetch(`${sameOrigin}/reports`, { method: 'POST', body: 'probe' }); // refused (400): not a report
        const [probe] = await wire.posts();
        expect(probe!.via).to.equal('same-origin');
        expect(probe!.headers.cookie).to.equal(COOKIE);
        const el = await openForm('nl', format === 'open311' ? { format, serviceCode: 'eenzaamheid', base: sameOrigin } : { base: sameOrigin });
        await fillAboutNeighbour(el);
        await submit(el);
        await waitForState(el, 'sent');
        const posts = (await wire.posts()).slice(1);
        expect(posts.map((post) => [post.via, post.path])).to.deep.equal([['same-origin', format === 'json' ? '/reports' : '/requests.json']]);
        expect(posts[0]!.headers.cookie).to.equal(undefined);
      });
    }
  });
});
