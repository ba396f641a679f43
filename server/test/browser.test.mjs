/**
 * The back office in real Chromium (playwright-core, Debian's Chromium): a coordinator
 * signs in with the second factor by keyboard, reads a report, handles it; every page
 * is axe-clean, works at 320 px without sideways scrolling, runs no script and asks
 * nothing from another host.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launch } from '../../test/e2e/support/browser.mjs';
import { currentTotpCode } from '../src/auth/totp.mjs';
import { addAccount, auditTrail, postReport, startReceiver, storedReport, validReport } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page. Evaluated through DevTools, which the page's CSP (no
 * script at all) does not apply to.
 * @param {import('playwright-core').Page} page
 */
async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The page, or any table in it, scrolls sideways. @param {import('playwright-core').Page} page */
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth || [...document.querySelectorAll('table')].some((table) => table.scrollWidth > table.clientWidth));

describe('the back office in a browser', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {Awaited<ReturnType<typeof addAccount>>} */
  let coordinator;
  /** @type {string} */
  let reference;
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const foreignRequests = [];

  before(async () => {
    ctx = await startReceiver();
    coordinator = await addAccount(ctx, { email: 'coordinator@stad.example', role: 'coordinator' });
    await ctx.store.organisations.create({ id: 'samana', name: 'Samana Mechelen', created_at: Date.now() });
    ({ reference } = await (await postReport(ctx.base, validReport({ name: 'Mieke', phone: '0475 12 34 56', situation: 'Ze zit alle dagen alleen thuis.', area: 'Tervuursesteenweg' }))).json());
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'nl-BE' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('request', (request) => {
      if (!request.url().startsWith(ctx.base)) foreignRequests.push(request.url());
    });
  });
  after(async () => {
    await browser?.close();
    await ctx?.close();
  });

  test('signs in by keyboard with password and the code from the app, and lands on the page asked for', async () => {
    await page.goto(`${ctx.base}/inbox/${reference}`);
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud', 'the skip link comes first');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type(coordinator.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(coordinator.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Code uit uw app' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const code = page.getByLabel('Code (6 cijfers)');
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    await code.focus();
    await page.keyboard.type(currentTotpCode(/** @type {string} */ (coordinator.totpSecret)));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Melding ${reference}` }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/inbox/${reference}`);
  });

  test('reads the report: every field, as text, with a call link', async () => {
    const main = page.locator('main');
    const text = await main.textContent();
    for (const value of ['Mieke', '0475 12 34 56', 'Ze zit alle dagen alleen thuis.', 'Tervuursesteenweg', 'buur', '65+', 'iemand anders']) assert.ok(text?.includes(value), value);
    assert.equal(await page.getByRole('link', { name: '0475 12 34 56' }).getAttribute('href'), 'tel:0475123456');
    assert.deepEqual(await axeViolations(page), []);
    const audit = (await auditTrail(ctx, reference)).find((entry) => entry.action === 'view-report');
    assert.equal(audit.actor, coordinator.email);
  });

  test('assigns it, marks it contacted and closes it with an outcome', async () => {
    await page.getByLabel('Toewijzen aan').selectOption('samana');
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding is bijgewerkt.' }).waitFor();
    await page.getByRole('button', { name: 'Contact opgenomen' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding is bijgewerkt.' }).waitFor();
    await page.getByRole('group', { name: 'Uitkomst van het contact' }).getByLabel('bereikt', { exact: true }).check();
    await page.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding is bijgewerkt.' }).waitFor();
    const row = await storedReport(ctx, { reference });
    assert.deepEqual([row.status, row.organisation_id, row.outcome], ['closed', 'samana', 'reached']);
    assert.match((await page.locator('main').textContent()) ?? '', /Persoonsgegevens worden gewist op/);
  });

  test('the inbox, the audit log and the reach report: axe-clean, no sideways scrolling at 320 px', async () => {
    for (const [path, heading] of [['/inbox', 'Meldingen'], ['/audit', 'Logboek'], ['/reach', 'Bereik'], [`/inbox/${reference}`, `Melding ${reference}`], ['/account', 'Mijn account']]) {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`${ctx.base}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      assert.deepEqual(await axeViolations(page), [], path);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await scrollsSideways(page), false, `${path} at 320 px`);
    }
  });

  test('signing out by keyboard ends it', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`${ctx.base}/inbox`);
    await page.getByRole('button', { name: 'Afmelden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('U bent afgemeld.').waitFor();
    await page.goto(`${ctx.base}/inbox/${reference}`);
    assert.equal(new URL(page.url()).pathname, '/sign-in');
  });

  test('nothing was asked from another host, no console error, no script on the sign-in page', async () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => document.scripts.length), 0);
  });
});

describe('an admin in a browser', () => {
  test('creates a local actor, who sets up the account from the link; the pages are axe-clean', async () => {
    const ctx = await startReceiver();
    const browser = await launch();
    try {
      const admin = await addAccount(ctx, { email: 'admin@stad.example', role: 'admin' });
      await ctx.store.organisations.create({ id: 'overkop', name: 'Overkop Mechelen', created_at: Date.now() });
      const page = await browser.newPage({ locale: 'nl-BE' });
      await page.goto(`${ctx.base}/admin/accounts`);
      await page.getByLabel('E-mailadres').fill(admin.email);
      await page.getByLabel('Wachtwoord').fill(admin.password);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByLabel('Code (6 cijfers)').fill(currentTotpCode(/** @type {string} */ (admin.totpSecret)));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
      assert.deepEqual(await axeViolations(page), []);

      await page.getByLabel('E-mailadres').fill('jongeren@overkop.example');
      await page.getByLabel('Naam').fill('Overkop jongerenwerker');
      await page.getByLabel('Rol').selectOption('local-actor');
      await page.getByLabel('Organisatie (voor lokale actoren)').selectOption('overkop');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();
      const link = await page.locator('.setup-link code').textContent();
      assert.match(link ?? '', /^http:\/\/127\.0\.0\.1:\d+\/setup\/[\w-]{43}$/);
      assert.deepEqual(await axeViolations(page), []);

      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await scrollsSideways(page), false, '/admin/accounts at 320 px');
      await page.goto(`${ctx.base}/admin/organisations`);
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await scrollsSideways(page), false, '/admin/organisations at 320 px');
      await page.setViewportSize({ width: 1280, height: 800 });

      const newcomer = await browser.newPage({ locale: 'nl-BE' });
      await newcomer.goto(/** @type {string} */ (link));
      await newcomer.getByRole('heading', { name: 'Uw account instellen' }).waitFor();
      assert.equal(await newcomer.locator('.qr svg').count(), 1);
      assert.deepEqual(await axeViolations(newcomer), []);
      await newcomer.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn lange wachtwoordzin');
      await newcomer.getByLabel('Nieuw wachtwoord, nog een keer').fill('mijn lange wachtwoordzin');
      await newcomer.getByRole('button', { name: 'Account instellen' }).click();
      await newcomer.getByText('Uw account is klaar.').waitFor();
      await newcomer.getByLabel('E-mailadres').fill('jongeren@overkop.example');
      await newcomer.getByLabel('Wachtwoord').fill('mijn lange wachtwoordzin');
      await newcomer.getByRole('button', { name: 'Aanmelden' }).click();
      await newcomer.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
      assert.match((await newcomer.locator('main').textContent()) ?? '', /de meldingen die aan Overkop Mechelen zijn toegewezen/);
    } finally {
      await browser.close();
      await ctx.close();
    }
  });
});
