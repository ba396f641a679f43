/**
 * The work section as rendered: the deadline in Brussels time in each language, the
 * buttons each role gets, escaped notes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWork } from '../src/views/pages/report-work.mjs';

const received = Date.parse('2026-03-28T15:00:00Z');
/** @param {Record<string, unknown>} [overrides] */
const report = (overrides = {}) =>
  /** @type {any} */ ({
    reference: 'WORK2345', status: 'assigned', organisation_id: 'samana', received_at: received, deadline_at: received + 24 * 3600_000,
    contacted_at: null, contacted_by: null, closed_at: null, closed_by: null, outcome: null, tries: null, escalated_at: null, erased_at: null, ...overrides,
  });
const coordinator = /** @type {any} */ ({ id: 1, role: 'coordinator', email: 'c@x.example', organisation_id: null });
const actor = /** @type {any} */ ({ id: 2, role: 'local-actor', email: 'a@x.example', organisation_id: 'samana' });
/** @param {any} account @param {any} row @param {string} [lang] */
const render = (account, row, lang) =>
  reportWork({ account, csrfToken: 'tok', report: row, organisations: [{ id: 'samana', name: 'Samana Mechelen' }], notes: [{ id: 'n', at: received, author: 'a@x.example', text: '<script>x</script>' }], history: [], mail: [], failingMail: 2, now: received + 25 * 3600_000, lang }).text;

test('the deadline in Brussels time, in Dutch, French and English; overdue said', () => {
  assert.match(render(actor, report()), /<dt>Bellen vóór<\/dt><dd><time datetime="2026-03-29T15:00:00.000Z">zondag 29 maart 2026 om 17:00<\/time>/);
  assert.match(render(actor, report(), 'fr'), /<h2 id="work-title">Suivi<\/h2>[\s\S]*<dt>Appeler avant<\/dt><dd><time[^>]*>dimanche 29 mars 2026 à 17:00<\/time>/);
  assert.match(render(actor, report(), 'en'), /<dt>Call before<\/dt><dd><time[^>]*>Sunday, 29 March 2026 at 17:00<\/time>/);
  assert.match(render(actor, report()), /Te laat: de 24 uur zijn voorbij\./);
  assert.doesNotMatch(render(actor, report({ status: 'contacted', contacted_at: received + 3600_000, contacted_by: 'a@x.example' })), /Te laat/);
});

test('coordinators assign and see the failing mail count; local actors neither', () => {
  const asCoordinator = render(coordinator, report());
  assert.match(asCoordinator, /action="\/inbox\/WORK2345\/assign"/);
  assert.match(asCoordinator, /2 e-mails konden nog niet verstuurd worden/);
  const asActor = render(actor, report());
  assert.doesNotMatch(asActor, /\/assign"/);
  assert.doesNotMatch(asActor, /konden nog niet verstuurd/);
  assert.match(asActor, /name="_csrf" value="tok"/);
});

test('no buttons on a closed or erased report; notes are text, never markup', () => {
  const closed = render(actor, report({ status: 'closed', closed_at: received + 7200_000, closed_by: 'a@x.example', outcome: 'no-help-wanted' }));
  assert.doesNotMatch(closed, /action="\/inbox\/WORK2345\/status"/);
  assert.match(closed, /geen hulp gewenst/);
  const erased = render(actor, report({ erased_at: received + 9e9 }));
  assert.doesNotMatch(erased, /\/notes"/);
  assert.doesNotMatch(erased, /\/status"/);
  const open = render(actor, report());
  assert.ok(open.includes('&#60;script&#62;x&#60;/script&#62;'));
  assert.ok(!open.includes('<script>'));
});
