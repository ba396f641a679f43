/**
 * The inbox and the reach page in real Chromium (playwright-core, Debian's Chromium),
 * as a coordinator and as a local actor, in Dutch, French and English: every state
 * (list, filtered, paged, empty, unknown filter, page past the end, a report, reach) is
 * axe-clean, has the right `lang`, and reflows at 320 px without sideways scrolling
 * (page and every table); keyboard only works (skip link, filters, visible focus); the
 * new-reports notice speaks politely without moving focus or reloading.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launch } from '../../test/e2e/support/browser.mjs';
import { currentTotpCode } from '../src/auth/totp.mjs';
import { REFERENCE_ALPHABET } from '../src/intake/reference.mjs';
import { addAccount, postReport, startReceiver, validReport } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const HOUR = 60 * 60 * 1000;
/** The seeded report number i's reference (a valid one: the receiver's alphabet). @param {number} i */
const ref = (i) => `BR${REFERENCE_ALPHABET[Math.floor(i / 31)]}${REFERENCE_ALPHABET[i % 31]}AAAA`;

/** axe's violations (WCAG 2.x A and AA rules and best practices). @param {import('playwright-core').Page} page */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`);
  });
}

/** What scrolls sideways at this width: the page, or any table. @param {import('playwright-core').Page} page */
const sidewaysScrollers = (page) =>
  page.evaluate(() => {
    const wide = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('page');
    for (const element of document.querySelectorAll('table, .table-wrap, main')) {
      if (element.scrollWidth > element.clientWidth) wide.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    return wide;
  });

/**
 * Sign in through the form (and the code, when the account has a second factor).
 * @param {import('playwright-core').Page} page @param {string} base
 * @param {{ email: string, password: string, totpSecret: string | null }} account
 */
async function signInAs(page, base, account) {
  await page.goto(`${base}/sign-in?next=%2Finbox`);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('form[action="/sign-in"] button[type="submit"]').click();
  if (account.totpSecret) {
    await page.locator('#code').waitFor();
    await page.locator('#code').fill(currentTotpCode(account.totpSecret));
    await page.locator('form[action="/sign-in/code"] button[type="submit"]').click();
  }
  await page.waitForURL(`${base}/inbox`);
}

describe('the inbox in a browser', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {string} */
  let firstReference;
  /** @type {string[]} */
  const problems = [];

  before(async () => {
    ctx = await startReceiver();
    const { store } = ctx;
    await store.organisations.create({ id: 'samana', name: 'Samana Mechelen', created_at: 0 });
    await store.organisations.create({ id: 'wijkteam', name: 'Wijkteam Nekkerspoel', created_at: 0 });
    const now = Date.now();
    for (let i = 0; i < 120; i += 1) {
      const reference = ref(i);
      await store.reports.create(
        { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, received_at: now - (i + 1) * HOUR, month: '2026-03', format: 'json', partner: i % 3 ? 'samana' : 'een-partner-met-een-erg-lange-naam-die-niet-mag-overlopen', age_group: '65-plus', about: 'other', lang: 'nl', area: 'Muizen', page: null, fill_ms: 30000, payload: '{}', body_hash: `h${i}` },
        { key: null, newReference: () => reference, answer: () => ({ status: 201, body: '' }) },
      );
      if (i % 2) await store.reports.assign(reference, 'samana', { at: now, actorId: null, actor: 'test', mail: [] });
    }
    ({ reference: firstReference } = await (await postReport(ctx.base, validReport({ name: 'Mieke', phone: '0475 12 34 56', situation: 'Ze zit alle dagen alleen thuis.', area: 'Muizen', contactTimes: 'Na 17 uur' }))).json());
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await ctx?.close();
  });

  /**
   * Visit each state and check it in this language: axe, lang, no sideways scrolling
   * at 320 px.
   * @param {import('playwright-core').Page} page @param {string} lang @param {[string, number][]} states  path and expected status
   */
  async function checkStates(page, lang, states) {
    for (const [path, status] of states) {
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(`${ctx.base}${path}`);
      assert.equal(response?.status(), status, `${lang} ${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${lang} ${path}`);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${path} at 1280 px`);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.deepEqual(await sidewaysScrollers(page), [], `${lang} ${path} at 320 px`);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${path} at 320 px`);
    }
  }

  test('as a coordinator, in Dutch, French and English (switched with the header buttons): every state axe-clean, no sideways scrolling at 320 px', async () => {
    const coordinator = await addAccount(ctx, { email: 'coordinator@stad.example', role: 'coordinator' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(String(error)));
    // Error states (400, 404) are answered on purpose; Chromium logs each as a failed
    // load. Anything else in the console is a problem, and so is a failed count request.
    page.on('console', (message) => message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 40[04]/.test(message.text()) && problems.push(message.text()));
    page.on('response', (response) => response.url().includes('/inbox/new.json') && response.status() !== 200 && problems.push(`${response.status()} ${response.url()}`));
    await signInAs(page, ctx.base, coordinator);
    const states = /** @type {[string, number][]} */ ([
      ['/inbox', 200],
      ['/inbox?page=2', 200],
      ['/inbox?partner=samana&overdue=1', 200],
      ['/inbox?status=closed', 200],
      ['/inbox?status=lost&partner=nope', 400],
      ['/inbox?page=99', 404],
      [`/inbox/${firstReference}`, 200],
      ['/inbox/ZZZZZZZZ', 404],
      ['/reach', 200],
    ]);
    for (const [lang, button] of [['nl', null], ['fr', 'Français'], ['en', 'English']]) {
      if (button) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${ctx.base}/inbox`);
        await page.getByRole('button', { name: button }).click();
        await page.waitForURL(`${ctx.base}/inbox`);
      }
      await checkStates(page, /** @type {string} */ (lang), states);
    }
    await context.close();
  });

  test('as a local actor, in each language from the browser\'s own setting: its reports, every state axe-clean and reflowing', async () => {
    const actor = await addAccount(ctx, { email: 'actor@samana.example', role: 'local-actor', organisation: 'samana' });
    const empty = await addAccount(ctx, { email: 'buur@wijkteam.example', role: 'local-actor', organisation: 'wijkteam' });
    for (const lang of ['nl', 'fr', 'en']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'Accept-Language': lang } });
      const page = await context.newPage();
      await signInAs(page, ctx.base, actor);
      await checkStates(page, lang, [['/inbox', 200], ['/inbox?page=2', 200], ['/inbox?overdue=1', 200], ['/inbox?organisation=samana', 400], [`/inbox/${ref(1)}`, 200], [`/inbox/${ref(0)}`, 404]]);
      await context.close();
      const emptyContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'Accept-Language': lang } });
      const emptyPage = await emptyContext.newPage();
      await signInAs(emptyPage, ctx.base, empty);
      await checkStates(emptyPage, lang, [['/inbox', 200]]);
      assert.equal(await emptyPage.locator('tbody tr').count(), 1);
      await emptyContext.close();
    }
  });

  test('keyboard only: the skip link first, then the filters, with a visible focus; the filter is a URL', async () => {
    const actor = await addAccount(ctx, { email: 'keys@samana.example', role: 'local-actor', organisation: 'samana' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    const page = await context.newPage();
    await signInAs(page, ctx.base, actor);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    /** @type {string[]} */
    const order = [];
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = /** @type {HTMLElement} */ (document.activeElement);
        const style = getComputedStyle(element);
        return { id: element.id || element.textContent?.trim() || element.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      assert.ok(focused.outline, `visible focus on ${focused.id}`);
      order.push(focused.id);
    }
    assert.deepEqual(order.slice(0, 5), ['status', 'partner', 'overdue', 'Filteren', ref(119)], 'filters, the button, then the first report');
    await page.locator('#status').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.locator('#overdue').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Filteren' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inbox\?status=new&partner=&overdue=1$/);
    assert.equal(await page.locator('#status').inputValue(), 'new');
    assert.equal(await page.locator('#overdue').isChecked(), true);
    await context.close();
  });

  test('forced colours: late reports say so in words, and the page stays axe-clean', async () => {
    const actor = await addAccount(ctx, { email: 'contrast@samana.example', role: 'local-actor', organisation: 'samana' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE', forcedColors: 'active' });
    const page = await context.newPage();
    await signInAs(page, ctx.base, actor);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const late = page.locator('tr.overdue').first();
    assert.match((await late.textContent()) ?? '', /te laat: \d+ u \d+ min/);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('new reports: a polite notice after a minute, no reload, focus stays where it was', async () => {
    const coordinator = await addAccount(ctx, { email: 'notice@stad.example', role: 'coordinator' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('response', (response) => response.url().includes('/inbox/new.json') && response.status() !== 200 && problems.push(`${response.status()} ${response.url()}`));
    await page.clock.install();
    await signInAs(page, ctx.base, coordinator);
    const region = page.locator('#new-reports');
    assert.equal(await region.getAttribute('role'), 'status');
    assert.equal(await region.textContent(), '');
    await page.evaluate(() => {
      /** @type {any} */ (window).samePage = true;
    });
    await page.locator('#partner').focus();
    await page.mouse.move(5, 5);
    for (let i = 0; i < 2; i += 1) assert.equal((await postReport(ctx.base, validReport())).status, 201);
    const asked = page.waitForResponse((response) => response.url().includes('/inbox/new.json'));
    await page.clock.fastForward('01:01');
    await region.getByText('Er zijn 2 nieuwe meldingen.').waitFor();
    assert.equal((await asked).status(), 200);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'partner', 'focus did not move');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).samePage), true, 'the page was not reloaded');
    assert.deepEqual(await axeViolations(page), []);
    await region.getByRole('link', { name: 'Lijst bijwerken' }).click();
    await page.waitForURL(`${ctx.base}/inbox`);
    assert.match((await page.locator('caption').textContent()) ?? '', /van 123$/);
    await context.close();
  });

  test('without JavaScript the inbox works the same (the notice is only an extra)', async () => {
    const actor = await addAccount(ctx, { email: 'noscript@samana.example', role: 'local-actor', organisation: 'samana' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE', javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, ctx.base, actor);
    await page.locator('#partner').selectOption('samana');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/partner=samana/);
    assert.match((await page.locator('caption').textContent()) ?? '', /^Meldingen 1–\d+ van \d+$/);
    await context.close();
  });

  test('no console error or page error in any of it', () => {
    assert.deepEqual(problems, []);
  });
});
