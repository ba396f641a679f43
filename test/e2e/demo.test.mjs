import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentTotpCode } from 'eenzaamheid-hulp-receiver/demo';
import { launch, openPage, thirdPartyRequests } from './support/browser.mjs';
import { fillAboutNeighbour, waitForState } from './support/report-flow.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm start` as a designer runs it (without the build, which npm test has done), on free
 * ports. The fill-time rule is off: the test fills the form faster than any person.
 * Returns the URLs and the coordinator's demo account as printed in the terminal.
 */
async function startDemo(dbPath) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: '0', RECEIVER_PORT: '0', RECEIVER_DB: dbPath, RECEIVER_MIN_FILL_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const printed = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start: ${output}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const demo = /Demo:\s+(\S+)/.exec(output)?.[1];
      const receiver = /Receiver:\s+(http:\/\/[^/\s]+)/.exec(output)?.[1];
      const coordinator = /(coordinator@demo\.invalid)\s+password: (\S+)\s+second factor: authenticator key ([A-Z2-7]+)/.exec(output);
      if (demo && receiver && coordinator && /Ctrl\+C/.test(output)) {
        clearTimeout(timer);
        resolve({ demo, receiver, coordinator: { email: coordinator[1], password: coordinator[2], key: coordinator[3] } });
      }
    });
    child.on('exit', (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
  });
  return { ...printed, output: () => output, stop: () => child.kill('SIGTERM') };
}

/**
 * Follow a receiver link from the playground as a coordinator: the first time it leads
 * to the sign-in and the code page (the code from the printed authenticator key); after
 * that the staff context is signed in and the link goes straight through.
 */
async function openAsCoordinator(staff, demo, linkId) {
  const page = await staff.newPage();
  await page.goto(demo.demo);
  await page.locator('#receiver-links').waitFor();
  await page.locator(`#${linkId}`).click();
  await page.waitForLoadState();
  if (new URL(page.url()).pathname === '/sign-in') {
    await page.getByLabel('E-mailadres').fill(demo.coordinator.email);
    await page.getByLabel('Wachtwoord').fill(demo.coordinator.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByLabel('Code (6 cijfers)').fill(currentTotpCode(demo.coordinator.key));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
  }
  return page;
}

describe('the designers’ playground (npm start)', () => {
  let browser;
  let demo;
  let dir;
  /** One signed-in coordinator for the whole suite: a code works once per 30 seconds. */
  let staff;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demo-test-'));
    demo = await startDemo(join(dir, 'reports.sqlite'));
    browser = await launch();
    staff = await browser.newContext({ locale: 'nl-BE' });
  });
  after(async () => {
    await staff?.close();
    await browser?.close();
    demo?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is axe-clean and makes no third-party request', async () => {
    const { page, record, context } = await openPage(browser, demo.demo);
    await page.waitForFunction(() => document.querySelector('#widget')?.shadowRoot?.querySelector('.root'));
    await page.locator('#receiver-links').waitFor();
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(violations, []);
    assert.deepEqual(thirdPartyRequests(record), []);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('lets a designer switch partner, language and width by keyboard, and updates the embed code', async () => {
    const { page, context } = await openPage(browser, demo.demo);
    await page.waitForFunction(() => document.querySelector('#widget')?.shadowRoot?.querySelector('.root'));
    // Keyboard only: Tab from the top reaches the skip link, then the first control.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'partner');
    await page.locator('select[name="partner"]').selectOption('samana');
    await page.locator('select[name="lang"]').selectOption('fr');
    await page.locator('select[name="width"]').selectOption('320');
    await page.waitForFunction(() => document.querySelector('#widget').shadowRoot.querySelector('.root')?.getAttribute('lang') === 'fr');
    assert.equal(await page.locator('#widget').getAttribute('partner'), 'samana');
    assert.match(await page.locator('#embed-code').inputValue(), /<eenzaamheid-hulp partner="samana" lang="fr"/);
    const width = await page.locator('#widget').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(width <= 320, `widget ${width}px wide`);
    await page.locator('input[name="nojs"]').check();
    await page.frameLocator('#nojs').locator('eenzaamheid-hulp a[href="tel:106"]').first().waitFor();
    await context.close();
  });

  it('prints a demo account for every role, and how to get the second factor without an app', () => {
    const output = demo.output();
    for (const email of ['admin@demo.invalid', 'coordinator@demo.invalid', 'samana@demo.invalid']) assert.match(output, new RegExp(`${email.replace('.', '\\.')}\\s+password: \\S{12,}`));
    assert.match(output, /local actor of samana/);
    assert.match(output, /press Enter here to print the current codes/);
  });

  it('sends a report to the receiver, which a signed-in coordinator finds through the inbox link; the fail switch shows "not sent yet"', async () => {
    const { page, context } = await openPage(browser, demo.demo);
    await page.locator('#receiver-links').waitFor();
    const w = page.locator('#widget');
    await w.locator('.report-start').click();
    await fillAboutNeighbour(page, { area: 'Tervuursesteenweg-wijk' });
    await w.getByRole('button', { name: 'Melding versturen' }).click();
    await w.locator('.report[data-state="sent"]').waitFor({ timeout: 20_000 });
    const reference = await w.locator('[data-reference]').textContent();
    const signedOut = await fetch(`${demo.receiver}/inbox.json`);
    assert.equal(signedOut.status, 401, 'nothing without sign-in');
    const inbox = await openAsCoordinator(staff, demo, 'inbox-link');
    await inbox.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
    assert.equal(new URL(inbox.url()).pathname, '/inbox');
    await inbox.getByRole('link', { name: reference }).click();
    await inbox.getByRole('heading', { name: `Melding ${reference}` }).waitFor();
    assert.match(await inbox.locator('main').textContent(), /Tervuursesteenweg-wijk/);
    await inbox.close();
    await page.locator('#fail-switch input[value="html"]').check();
    await page.locator('#fail-status').filter({ hasText: 'html' }).waitFor();
    await w.getByRole('button', { name: 'Nog een melding maken' }).click();
    await fillAboutNeighbour(page);
    await w.getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(page, 'not-sent');
    await context.close();
  });

  it('fills the reach report as a designer looks and clicks around', async () => {
    const { page, context } = await openPage(browser, demo.demo);
    await page.locator('#receiver-links').waitFor();
    await page.locator('select[name="partner"]').selectOption('overkop');
    const w = page.locator('#widget');
    await w.evaluate((el) => el.scrollIntoView());
    await page.locator('#event-log li', { hasText: 'eh-view' }).first().waitFor({ timeout: 20_000 });
    await w.locator('.route-button[data-route="other"]').click();
    // Count the click but stay on the page (the link goes to a helpline's site).
    await page.evaluate(() =>
      document.addEventListener('click', (event) => event.composedPath()[0].closest?.('a[href^="https:"]') && event.preventDefault(), true),
    );
    await w.locator('.route-panel [data-resource-id] a[href^="https:"]').first().click();
    // The reach report fills: sum this month's rows (the view may be counted before or after the partner switch).
    const reach = await openAsCoordinator(staff, demo, 'reach-link');
    await reach.getByRole('heading', { name: 'Bereik', level: 1 }).waitFor();
    assert.equal((await fetch(`${demo.receiver}/reach.json`)).status, 401, 'no reach figure without sign-in');
    const totals = async () => {
      const data = await (await staff.request.get(`${demo.receiver}/reach.json`)).json();
      const rows = data.months[0]?.partners ?? [];
      const sum = (pick) => rows.reduce((total, row) => total + pick(row), 0);
      return { views: sum((row) => row.views), other: sum((row) => row.routes.other), clicks: sum((row) => row.helplineClicks + row.initiativeClicks) };
    };
    let seen = await totals();
    for (let attempt = 0; attempt < 80 && (seen.views < 1 || seen.other < 1 || seen.clicks < 1); attempt += 1) {
      await page.waitForTimeout(250);
      seen = await totals();
    }
    assert.ok(seen.views >= 1, `views ${seen.views}`);
    assert.equal(seen.other, 1);
    assert.equal(seen.clicks, 1);
    await reach.reload();
    await reach.locator('table tbody tr').first().waitFor();
    assert.match(await reach.locator('table').first().textContent(), /overkop|\(none\)/);
    await reach.close();
    await context.close();
  });
});
