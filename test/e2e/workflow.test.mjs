/**
 * From the widget to a closed report, in real Chromium: a resident reports from a
 * partner page; the receiver routes it (routing file) and e-mails the organisation's
 * member through a real SMTP server on 127.0.0.1 (no personal data in the mail); the
 * local actor follows the mail's link, signs in, marks the report contacted and closes
 * it with an outcome. The work section is axe-clean in both states.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, thirdPartyRequests, widgetText } from './support/browser.mjs';
import { startPagesServer } from './support/servers.mjs';
import { fillAboutNeighbour, openReportForm, waitForState, widget } from './support/report-flow.mjs';
import { startReceiver } from '../server/helpers.mjs';
import { addAccount } from '../../server/test/helpers.mjs';
import { startSmtp } from '../../server/test/smtp.mjs';
import { openStore } from '../../server/src/store/index.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SITUATION = 'Mijn buurvrouw komt al weken niet buiten.';

/** axe's violations inside one part of the page (evaluated through DevTools: the page runs no script). */
async function axeViolations(page, selector) {
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const results = await window.axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe('a report from the widget to a closed report', () => {
  let pages;
  let smtp;
  let rx;
  let browser;
  let dir;
  let actor;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workflow-e2e-'));
    const dbPath = join(dir, 'reports.sqlite');
    // The routing file is checked against the organisations when the receiver starts.
    const seed = openStore(dbPath);
    await seed.organisations.create({ id: 'samana', name: 'Samana Mechelen', created_at: Date.now() });
    await seed.close();
    pages = await startPagesServer();
    smtp = await startSmtp();
    rx = await startReceiver({
      dbPath,
      allowedOrigins: [pages.origin],
      routing: { rules: [{ ageGroup: '65-plus', organisation: 'samana' }] },
      smtpUrl: smtp.url,
      mailFrom: 'meldpunt@mechelen.example',
    });
    actor = await addAccount(rx, { email: 'an@samana.example', role: 'local-actor', organisation: 'samana' });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rx?.close();
    await smtp?.close();
    await pages?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is routed, noticed by mail without personal data, contacted and closed by the local actor', async () => {
    const resident = await openPage(browser, `${pages.origin}/report.html?endpoint=${encodeURIComponent(`${rx.base}/reports`)}`);
    await openReportForm(resident.page);
    await fillAboutNeighbour(resident.page);
    await widget(resident.page).getByRole('button', { name: 'Melding versturen' }).click();
    await waitForState(resident.page, 'sent');
    assert.deepEqual(thirdPartyRequests(resident.record), []);

    // Routing and the notice follow the stored report by themselves (no test hook).
    const [mail] = await smtp.until((messages) => messages.length >= 1);
    assert.deepEqual(mail.to, ['an@samana.example']);
    const reference = /^Nieuwe melding ([A-Z0-9]{8}): bellen vóór /.exec(mail.subject)?.[1];
    assert.ok(reference, mail.subject);
    assert.ok((await widgetText(resident.page)).includes(reference), 'the resident saw the same reference');
    const stored = await rx.store.reports.workflow(reference);
    assert.deepEqual([stored.status, stored.organisation_id], ['assigned', 'samana']);
    for (const value of ['0470 12 34 56', '0470123456', 'Nekkerspoel', SITUATION, `${pages.origin}/report.html`, 'report.html']) {
      assert.ok(!mail.raw.includes(value) && !mail.text.includes(value) && !mail.subject.includes(value), `the mail holds no "${value}"`);
    }
    const link = new RegExp(`http://127\\.0\\.0\\.1:\\d+/inbox/${reference}`).exec(mail.text)?.[0];
    assert.ok(link, 'the mail links to the report');

    // The local actor follows the link, signs in, and lands on the report.
    // A Mechelen local actor's browser: the back office follows its language (Accept-Language).
    const staff = await openPage(browser, link, { locale: 'nl-BE' });
    const { page } = staff;
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await page.getByLabel('E-mailadres').fill(actor.email);
    await page.getByLabel('Wachtwoord').fill(actor.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: `Melding ${reference}`, level: 1 }).waitFor();
    const work = page.locator('section.work');
    await work.getByRole('heading', { name: 'Opvolging' }).waitFor();
    assert.match((await work.textContent()) ?? '', /toegewezen/);
    assert.deepEqual(await axeViolations(page, 'section.work'), [], 'work section, assigned');

    await work.getByRole('button', { name: 'Contact opgenomen' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding is bijgewerkt.' }).waitFor();
    assert.equal((await rx.store.reports.workflow(reference)).status, 'contacted');
    assert.deepEqual(await axeViolations(page, 'section.work'), [], 'work section, contacted');

    await work.getByRole('group', { name: 'Uitkomst van het contact' }).getByLabel('bereikt', { exact: true }).check();
    await work.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding is bijgewerkt.' }).waitFor();
    const closed = await rx.store.reports.findByReference(reference);
    assert.deepEqual([closed.status, closed.outcome, closed.contacted_by, closed.closed_by], ['closed', 'reached', actor.email, actor.email]);
    assert.match((await page.locator('section.work').textContent()) ?? '', /Afgesloten op .* door an@samana\.example/);
    assert.deepEqual(await axeViolations(page, 'section.work'), [], 'work section, closed');
    assert.deepEqual(thirdPartyRequests(staff.record), []);
    assert.deepEqual([...staff.record.consoleErrors, ...staff.record.pageErrors], []);
  });
});
