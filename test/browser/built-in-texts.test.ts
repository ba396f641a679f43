import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { mechelenFacts } from '../../src/content/mechelen-facts.js';
import { localize } from '../../src/content/localize.js';
import { translateContent } from '../../src/content/translate.js';
import type { Content, LocalizedText } from '../../src/content/types.js';
import { loadLocalePack } from '../../src/i18n/locale-pack.js';
import { withMeldpuntTexts } from '../../src/content/mechelen.js';
import { loadFormMessages } from '../../src/report/form/load-messages.js';
import type { Locale } from '../../src/i18n/locale.js';
import { $$, renderWidget, texts } from '../support/helpers.js';

/** Every localized text in a content object, with where it sits. */
function localizedTexts(value: unknown, path = ''): [string, LocalizedText][] {
  if (!value || typeof value !== 'object') return [];
  if (typeof (value as { nl?: unknown }).nl === 'string') return [[path, value as LocalizedText]];
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, `${path}.${key}`));
}

describe('built-in content words (locale packs)', () => {
  for (const locale of ['nl', 'fr', 'en'] as Locale[]) {
    it(`fills every built-in text shown in ${locale} (first-render pack plus form words), so nothing renders empty or in another language`, async () => {
      const pack = await loadLocalePack(locale);
      // The meldpunt's form texts (what next, privacy) come with the form's words.
      const { meldpunt } = await loadFormMessages(locale);
      const translated: Content = translateContent(mechelenFacts, locale, withMeldpuntTexts(pack.contentTexts, meldpunt));
      // Lines meant for other languages' pages (the French-language lines on a Dutch page) never show there.
      const content = { ...translated, helplines: translated.helplines.filter((line) => !line.shownFor || line.shownFor.includes(locale)) };
      const found = localizedTexts(content);
      expect(found.length).to.be.greaterThan(40);
      for (const [path, text] of found) {
        const shown = localize(text, locale);
        expect(shown.text, path).to.not.equal('');
        expect(shown.lang, `${path} falls back to Dutch`).to.equal(undefined);
      }
    });
  }

  it('never shows the word-less facts: a pack arrives before the first real render', async () => {
    const el = await renderWidget(html`<eenzaamheid-hulp lang="fr"></eenzaamheid-hulp>`);
    const names = texts(el, '.urgent .card-title');
    expect(names.length).to.be.greaterThan(2);
    for (const name of names) expect(name).to.not.equal('');
    // Only a source line may name a Dutch source (marked as Dutch); no text of the widget falls back to Dutch.
    expect($$(el, '[lang="nl"]').filter((node) => !node.closest('.checked'))).to.have.length(0);
  });
});
