import { keywordsEn } from './translations/keywords.en.js';
import { keywordsFr } from './translations/keywords.fr.js';
import { keywordsNl } from './translations/keywords.nl.js';
import { mechelenContentAllLanguages } from './mechelen-all-languages.js';
import type { Content } from './types.js';

/** Search words by item id, per language, as a content file writes them. */
function keywordsFor(id: string): { nl?: string[]; fr?: string[]; en?: string[] } | undefined {
  const pick = (words: Readonly<Record<string, readonly string[]>>) => (Object.hasOwn(words, id) ? [...words[id]!] : undefined);
  const keywords = { nl: pick(keywordsNl), fr: pick(keywordsFr), en: pick(keywordsEn) };
  return keywords.nl || keywords.fr || keywords.en ? JSON.parse(JSON.stringify(keywords)) : undefined;
}

/**
 * The whole built-in content as a content file, in every language, with the
 * residents' search words and every item's source: a starting point for an editor
 * (`npx eenzaamheid-hulp export > content.json`). A file that only changes a few
 * items can instead extend the built-in content (`"extends": "built-in"`).
 */
export function builtInContentFile(): Content {
  const content = mechelenContentAllLanguages;
  const withKeywords = <T extends { id: string }>(item: T): T => {
    const keywords = keywordsFor(item.id);
    return keywords ? { ...item, keywords } : item;
  };
  return {
    ...content,
    helplines: content.helplines.map(withKeywords),
    initiatives: content.initiatives.map(withKeywords),
  };
}
