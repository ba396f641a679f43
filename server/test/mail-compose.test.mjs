/**
 * The notice and escalation texts: in the recipient's language (Dutch when unknown),
 * the deadline in Brussels time, the link, and nothing else about the report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escalationMail, noticeMail } from '../src/workflow/mail/compose.mjs';
import { backoff } from '../src/workflow/service.mjs';

const report = { reference: 'ABCD2345', deadlineAt: Date.parse('2026-10-25T14:00:00Z'), baseUrl: 'https://meldpunt.example/', organisationName: 'Samana Mechelen' };

test('a notice per recipient, in their language, Dutch when the account has none or an unknown one', () => {
  const mails = noticeMail(report, [{ email: 'a@x.example', lang: 'fr' }, { email: 'b@x.example', lang: 'en' }, { email: 'c@x.example' }, { email: 'd@x.example', lang: 'de' }]);
  assert.deepEqual(mails.map((mail) => [mail.recipient, mail.kind, mail.reference, mail.subject]), [
    ['a@x.example', 'notice', 'ABCD2345', 'Nouveau signalement ABCD2345 : appeler avant dimanche 25 octobre à 15:00'],
    ['b@x.example', 'notice', 'ABCD2345', 'New report ABCD2345: call before Sunday 25 October at 15:00'],
    ['c@x.example', 'notice', 'ABCD2345', 'Nieuwe melding ABCD2345: bellen vóór zondag 25 oktober om 15:00'],
    ['d@x.example', 'notice', 'ABCD2345', 'Nieuwe melding ABCD2345: bellen vóór zondag 25 oktober om 15:00'],
  ]);
  assert.equal(
    mails[2]?.text,
    [
      'Goeiedag,',
      '',
      'Er is een nieuwe melding bij het meldpunt eenzaamheid voor Samana Mechelen.',
      '',
      'Referentie: ABCD2345',
      'Bellen vóór: zondag 25 oktober om 15:00',
      'Open de melding (aanmelden nodig): https://meldpunt.example/inbox/ABCD2345',
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens. Die staan alleen in het meldpunt, waar elke inzage wordt gelogd.',
      '',
    ].join('\n'),
  );
});

test('an unassigned report asks the coordinators to assign it; an escalation says how long it waited', () => {
  const [unassigned] = noticeMail({ ...report, organisationName: null }, [{ email: 'c@x.example' }]);
  assert.equal(unassigned?.subject, 'Nieuwe melding ABCD2345 wacht op toewijzing');
  assert.match(unassigned?.text ?? '', /geen enkele routeringsregel/);
  const [escalation] = escalationMail({ ...report, afterMs: 20 * 60 * 60 * 1000 }, [{ email: 'c@x.example', lang: 'en' }]);
  assert.equal(escalation?.kind, 'escalation');
  assert.equal(escalation?.subject, 'Report ABCD2345 not followed up yet: deadline Sunday 25 October at 15:00');
  assert.match(escalation?.text ?? '', /not been marked as contacted 20 hours after it was received/);
});

test('retries wait base, 2×, 4× … up to the cap', () => {
  const retry = { baseMs: 30_000, maxMs: 30 * 60_000 };
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempts) => backoff(attempts, retry)), [30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000, 1_800_000]);
});
