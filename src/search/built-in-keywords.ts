import type { Locale } from '../i18n/locale.js';

export type KeywordsById = Readonly<Record<string, readonly string[]>>;

/** The built-in content's search words for one language: a small chunk per language, loaded with the search. */
const importers: Record<Locale, () => Promise<KeywordsById>> = {
  nl: () => import('../content/translations/keywords.nl.js').then((module) => module.keywordsNl),
  fr: () => import('../content/translations/keywords.fr.js').then((module) => module.keywordsFr),
  en: () => import('../content/translations/keywords.en.js').then((module) => module.keywordsEn),
};

export function loadBuiltInKeywords(locale: Locale): Promise<KeywordsById> {
  return importers[locale]();
}
