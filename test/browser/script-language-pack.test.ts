import { expect } from '@open-wc/testing';
import { guessPageLocale } from '../../src/script/language-packs.js';
import { DEFAULT_LOCALE, matchLocale, resolveLocale } from '../../src/i18n/locale.js';

/** A page whose <html> has this lang attribute (or none). */
function pageWith(lang: string | undefined): Document {
  const doc = document.implementation.createHTMLDocument('partner page');
  if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

const TAGS = ['nl', 'nl-BE', 'NL', 'fr', 'fr-BE', 'FR-be', 'en', 'en-GB', 'en_US', ' en ', 'de', 'de-BE', 'fry', 'eng', 'x-klingon', ''];

describe('the script-tag file guessing the page\'s language pack', () => {
  it('takes the language of <html lang>, region subtags and case aside', () => {
    expect(guessPageLocale(pageWith('nl-BE'))).to.equal('nl');
    expect(guessPageLocale(pageWith('FR'))).to.equal('fr');
    expect(guessPageLocale(pageWith('fr-BE'))).to.equal('fr');
    expect(guessPageLocale(pageWith('en_GB'))).to.equal('en');
  });

  it('guesses Dutch for a page without a language or in another one, as the widget does', () => {
    expect(guessPageLocale(pageWith(undefined))).to.equal('nl');
    expect(guessPageLocale(pageWith(''))).to.equal('nl');
    expect(guessPageLocale(pageWith('de'))).to.equal('nl');
    expect(guessPageLocale(pageWith('fry'))).to.equal('nl');
  });

  it('agrees with the widget\'s own rule for a widget that follows <html lang>', () => {
    for (const tag of TAGS) {
      const doc = pageWith(tag);
      const widget = doc.createElement('eenzaamheid-hulp');
      doc.body.append(widget);
      const widgetLocale = resolveLocale(widget).locale;
      expect(guessPageLocale(doc), `lang="${tag}"`).to.equal(widgetLocale);
      expect(widgetLocale, `lang="${tag}"`).to.equal(matchLocale(tag) ?? DEFAULT_LOCALE);
    }
  });
});
