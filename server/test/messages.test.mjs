/**
 * The back office's texts: every message exists in Dutch, French and English, with the
 * same shape (functions take the same arguments), and no translation is left equal to
 * the Dutch by accident (a short list of words that are the same in both is allowed).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromAcceptLanguage, chooseLanguage } from '../src/i18n/choose-language.mjs';
import { en } from '../src/views/messages/en.mjs';
import { fr } from '../src/views/messages/fr.mjs';
import { nl } from '../src/views/messages/nl.mjs';

/** @param {unknown} value @param {string} [path] @returns {[string, unknown][]} */
function leaves(value, path = '') {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/** Texts that are the same word in Dutch and the other language. */
const SAME_ON_PURPOSE = new Set(['nav.accounts', 'admin.accountsTitle', 'inbox.filters.partner', 'inbox.columns.partner', 'report.fields.partner', 'reach.columns.partner',
  'inbox.columns.status', 'inbox.filters.status', 'report.fields.status', 'report.fields.format', 'account.organisation', 'admin.columns.organisation', 'inbox.filters.organisation',
  'inbox.columns.organisation', 'report.fields.organisation', 'nav.organisations', 'admin.organisationsTitle', 'admin.orgColumns.id', 'language.names.nl', 'language.names.fr',
  'language.names.en', 'report.fields.page', 'values.status.new', 'admin.columns.actions', 'inbox.pages', 'reach.columns.views', 'values.ageGroup.65-plus', 'values.relation.family',
  'audit.actions.export', 'admin.orgColumns.members', 'values.contactMethod.email', 'report.fields.email', 'reach.columns.sites', 'admin.orgColumns.name', 'admin.orgName', 'admin.name',
  'roles.coordinator', 'admin.state.active', 'admin.organisation', 'values.lang.en', 'values.outcome.referred', 'report.fields.ageGroup', 'reach.columns.views', 'reach.seconds', 'reach.minutes',
  'reach.caption', 'reach.siteViews', 'reach.sent', 'reach.handling.columns.partner', 'reach.handling.minutes', 'values.status.assigned', 'values.relation.other', 'audit.columns.ip', 'audit.columns.detail', 'nav.inbox', 'report.fields.lang', 'admin.role', 'account.role']);

describe('the back office in three languages', () => {
  const dutch = new Map(leaves(nl));
  for (const [name, messages] of /** @type {const} */ ([['fr', fr], ['en', en]])) {
    test(`${name}: every Dutch message exists, with the same kind and arguments, and nothing extra`, () => {
      const other = new Map(leaves(messages));
      assert.deepEqual([...other.keys()].sort(), [...dutch.keys()].sort());
      for (const [key, value] of dutch) {
        const translated = other.get(key);
        assert.equal(typeof translated, typeof value, key);
        if (typeof value === 'function') assert.equal(/** @type {Function} */ (translated).length, value.length, key);
        if (Array.isArray(value)) assert.equal(/** @type {unknown[]} */ (translated).length, value.length, key);
        if (typeof value === 'string') assert.notEqual(translated, '', key);
      }
    });

    test(`${name}: translated, not copied from the Dutch`, () => {
      const copied = [...new Map(leaves(messages))].filter(([key, value]) => typeof value === 'string' && value === dutch.get(key) && !SAME_ON_PURPOSE.has(key)).map(([key]) => key);
      assert.deepEqual(copied, []);
    });
  }

  test('plural and number messages say the number', () => {
    assert.equal(nl.inbox.caption(51, 100, 734), 'Meldingen 51–100 van 734');
    assert.equal(en.inbox.caption(51, 100, 734), 'Reports 51 to 100 of 734');
    assert.equal(fr.inbox.caption(51, 100, 734), 'Signalements 51 à 100 sur 734');
    assert.equal(nl.inbox.newReports(1), 'Er is 1 nieuwe melding.');
    assert.equal(nl.inbox.newReports(2), 'Er zijn 2 nieuwe meldingen.');
    assert.equal(fr.inbox.newReports(2), 'Il y a 2 nouveaux signalements.');
    assert.equal(en.inbox.newReports(1), 'There is 1 new report.');
    assert.equal(en.inbox.invalid.noSuchPage(20, 3), 'There is no page 20: there are 3 pages.');
  });
});

describe('choosing the language', () => {
  test('Accept-Language: best q wins, region ignored, order breaks ties, unknown and q=0 skipped', () => {
    assert.equal(fromAcceptLanguage('fr-BE,fr;q=0.9,en;q=0.8'), 'fr');
    assert.equal(fromAcceptLanguage('de-DE,de;q=0.9,en;q=0.5,nl;q=0.4'), 'en');
    assert.equal(fromAcceptLanguage('en;q=0.5,nl;q=0.5'), 'en');
    assert.equal(fromAcceptLanguage('nl;q=0,fr;q=0.1'), 'fr');
    assert.equal(fromAcceptLanguage('de, es'), null);
    assert.equal(fromAcceptLanguage(''), null);
    assert.equal(fromAcceptLanguage(undefined), null);
    assert.equal(fromAcceptLanguage('*'), null);
  });

  test('the account\'s setting, then the switch\'s cookie, then the browser, then Dutch', () => {
    assert.equal(chooseLanguage({ account: { lang: 'en' }, cookie: 'fr', acceptLanguage: 'fr' }), 'en');
    assert.equal(chooseLanguage({ account: { lang: null }, cookie: 'fr', acceptLanguage: 'en' }), 'fr');
    assert.equal(chooseLanguage({ account: null, cookie: 'xx', acceptLanguage: 'en-US' }), 'en');
    assert.equal(chooseLanguage({ account: null, cookie: null, acceptLanguage: 'de' }), 'nl');
  });
});
