/**
 * The finder's search as a resident meets it, from the built library (dist/lib):
 * the built-in content on a page in `lang`, audience "everyone", results in the
 * order the finder shows them.
 */
import { BUILT_IN_TEXTS } from '../../dist/lib/content/built-in-texts.js';
import { mechelenFacts } from '../../dist/lib/content/mechelen-facts.js';
import { allResources } from '../../dist/lib/content/select.js';
import { translateContent } from '../../dist/lib/content/translate.js';
import { finderResults } from '../../dist/lib/element/derive.js';
import { loadSearcher } from '../../dist/lib/search/search.js';

/** A function from a query to the ids of the results, in the order shown. */
export async function finderSearch(lang) {
  const content = translateContent(mechelenFacts, lang, BUILT_IN_TEXTS[lang]);
  // The lines a page in `lang` shows (the French-language lines on fr and en pages only), as the widget does.
  const resources = allResources(content, lang);
  const searcher = await loadSearcher(resources, lang);
  return (query) => finderResults(resources, searcher, 'everyone', query).map((resource) => resource.item.id);
}
