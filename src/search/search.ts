import type { LocalizedText } from '../content/types.js';
import type { Resource } from '../content/select.js';
import { normalize, tokenize } from './normalize.js';
import { expand } from './synonyms.js';
import { builtInKeywords } from './built-in-keywords.js';

const MIN_PREFIX = 3;

function allTexts(text: LocalizedText | undefined): string[] {
  if (!text) return [];
  return [text.nl, text.fr, text.en].filter((value): value is string => typeof value === 'string');
}

/** Every word a resident might find a resource by, in all languages. */
export function searchableText(resource: Resource): string {
  const { item } = resource;
  const parts: string[] = [...allTexts(item.name), ...(item.keywords ?? builtInKeywords(item.id))];
  if (resource.kind === 'helpline') {
    parts.push(resource.item.number, ...allTexts(resource.item.purpose));
  } else {
    parts.push(...allTexts(resource.item.forWhom), ...allTexts(resource.item.offer));
  }
  return normalize(parts.join(' '));
}

export interface SearchIndexEntry {
  resource: Resource;
  words: readonly string[];
}

export function buildIndex(resources: readonly Resource[]): SearchIndexEntry[] {
  return resources.map((resource) => ({ resource, words: [...new Set(searchableText(resource).split(' '))] }));
}

/**
 * A query word matches a text word that starts with it (from three letters on, so
 * "vriend" finds "vriendschap"), or any of its synonyms. Every query word must match.
 */
function wordMatches(queryWord: string, words: readonly string[]): boolean {
  const candidates = expand(queryWord);
  return candidates.some((candidate) =>
    words.some((word) => word === candidate || (candidate.length >= MIN_PREFIX && word.startsWith(candidate))),
  );
}

export function search(index: readonly SearchIndexEntry[], query: string): Resource[] {
  const queryWords = tokenize(query);
  if (queryWords.length === 0) return index.map((entry) => entry.resource);
  return index.filter((entry) => queryWords.every((word) => wordMatches(word, entry.words))).map((entry) => entry.resource);
}


/** A search over a fixed list of resources: the index is built once. */
export type Searcher = (query: string) => Resource[];

export function createSearcher(resources: readonly Resource[]): Searcher {
  const index = buildIndex(resources);
  return (query) => search(index, query);
}
