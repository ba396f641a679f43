import type { Locale } from '../i18n/locale.js';
import type { NoResultsMessages } from '../i18n/no-results/messages.js';

/** The built-in content's search words for one language, by item id. */
export type KeywordsById = Readonly<Record<string, readonly string[]>>;

/**
 * What the search knows of one language: words that carry no meaning for finding
 * help (written normalized; "ik ben altijd alleen" is searched on "alleen"), a light
 * stemmer, and the built-in content's search words. Words that do matter are kept
 * out of the stop words on purpose: "niemand", "personne", "alone", "own", "die" (en).
 */
export interface SearchLanguage {
  readonly stopWords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  readonly keywords: KeywordsById;
  /** What the finder says when nothing matches, in this language. */
  readonly noResults?: NoResultsMessages;
  /** One spelling for letters that sound the same (Dutch "ij" and "ei": "eenzaamhijd" is "eenzaamheid"). */
  readonly spelling?: (word: string) => string;
}

/** Without its language's chunk (a failed download) the search still finds what the texts say. */
export const PLAIN_LANGUAGE: SearchLanguage = { stopWords: new Set(), stem: (word) => word, keywords: {} };

const importers: Record<Locale, () => Promise<SearchLanguage>> = {
  nl: () => import('./languages/nl.js').then((module) => module.dutch),
  fr: () => import('./languages/fr.js').then((module) => module.french),
  en: () => import('./languages/en.js').then((module) => module.english),
};

/** One language's search data: a small chunk per language, loaded with the search. */
export function loadSearchLanguage(locale: Locale): Promise<SearchLanguage> {
  return importers[locale]();
}
