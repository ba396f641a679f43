/**
 * What needs the browser among the small units: the search chunk loading a language's
 * words with a dynamic import, and locale matching. The pure logic (links, attribute
 * parsers, content parsing) is tested in Node, test/unit/, where mutation testing runs it.
 */
import { expect } from '@open-wc/testing';
import { normalize } from '../../src/search/normalize.js';
import { loadSearcher } from '../../src/search/search.js';
import { BUILT_IN_TEXTS } from '../../src/content/built-in-texts.js';
import { mechelenFacts } from '../../src/content/mechelen-facts.js';
import { translateContent } from '../../src/content/translate.js';
import { allResources } from '../../src/content/select.js';
import { matchLocale } from '../../src/i18n/locale.js';

describe('search', () => {
  it('normalizes case and accents', () => {
    expect(normalize('Één EENZAAMHEID!')).to.equal('een eenzaamheid');
  });

  it('loads the page language’s search words and ranks the best match first', async () => {
    const french = allResources(translateContent(mechelenFacts, 'fr', BUILT_IN_TEXTS.fr));
    const search = await loadSearcher(french, 'fr');
    expect(search('un banc devant la maison').map((r) => r.item.id)[0]).to.equal('gevelbanken-picknicktafels');
    expect(search('zz')).to.deep.equal([]);
  });
});

describe('locales', () => {
  it('matches locales by primary subtag', () => {
    expect(matchLocale('nl-BE')).to.equal('nl');
    expect(matchLocale('FR_be')).to.equal('fr');
    expect(matchLocale('de')).to.equal(undefined);
  });
});
