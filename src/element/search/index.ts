import type { Resource } from '../../content/select.js';
import type { Locale } from '../../i18n/locale.js';
import { createSearcher, loadLanguage, type Searcher } from '../../search/search.js';
import type { ViewContext } from '../render/context.js';
import { noResults, type NoResultsInput } from './no-results.js';

/**
 * The search chunk, loaded when the page is idle after the first render: the ranked
 * search over the resources, and what shows when nothing matches (with the words of
 * the page's language, which come with the search's words).
 */
export interface FinderSearch {
  readonly search: Searcher;
  /** The honest no-results box; undefined without its words (their chunk failed). */
  readonly noResults: ((input: NoResultsInput, view: ViewContext) => unknown) | undefined;
}

export async function loadFinderSearch(resources: readonly Resource[], locale: Locale): Promise<FinderSearch> {
  const language = await loadLanguage(locale);
  const words = language.noResults;
  return {
    search: createSearcher(resources, locale, language),
    noResults: words ? (input, view) => noResults(input, view, words, language.stopWords) : undefined,
  };
}
