import type { Locale } from '../i18n/locale.js';
import type { ContentTranslations } from './translate.js';
import { meldpuntTextsEn } from './translations/meldpunt.en.js';
import { meldpuntTextsFr } from './translations/meldpunt.fr.js';
import { meldpuntTextsNl } from './translations/meldpunt.nl.js';
import { mechelenEn } from './translations/mechelen.en.js';
import { mechelenFr } from './translations/mechelen.fr.js';
import { mechelenNl } from './translations/mechelen.nl.js';
import { frenchLinesNl } from './translations/french-lines.nl.js';

/** A language's content texts together with the meldpunt's form texts (which the widget loads with the form). */
export function withMeldpuntTexts(texts: ContentTranslations, meldpunt: { whatNext: string; privacy: string }): ContentTranslations {
  return { ...texts, meldpunt: { ...texts.meldpunt, ...meldpunt } };
}

/**
 * Every text of the built-in content, per language, for Node tools, the embed
 * generator and tests. The widget itself never imports this: it loads one
 * language's texts as a chunk.
 */
export const BUILT_IN_TEXTS: Readonly<Record<Locale, ContentTranslations>> = {
  nl: withMeldpuntTexts({ ...mechelenNl, helplines: { ...mechelenNl.helplines, ...frenchLinesNl } }, meldpuntTextsNl),
  fr: withMeldpuntTexts(mechelenFr, meldpuntTextsFr),
  en: withMeldpuntTexts(mechelenEn, meldpuntTextsEn),
};
