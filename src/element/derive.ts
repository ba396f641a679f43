import type { Resource } from '../content/select.js';
import { filterResources, rankByAudience } from '../content/select.js';
import type { Audience, Partner, Route } from '../content/types.js';
import { ROUTES } from '../content/types.js';
import type { Searcher } from '../search/search.js';

/**
 * The finder's results: with a query, the search's ranking (once its module has
 * loaded) within the audience filter; without one, every resource for the audience,
 * those made for it first.
 */
export function finderResults(
  resources: readonly Resource[],
  searcher: Searcher | undefined,
  audience: Audience,
  query: string,
): Resource[] {
  if (query.trim() && searcher) return filterResources(searcher(query), { audience });
  // Browsing: the urgent lines already stand above; a search still finds them.
  const browse = resources.filter((resource) => !(resource.kind === 'helpline' && resource.item.urgent));
  return rankByAudience(filterResources(browse, { audience }), audience);
}

/** A partner may put a route first (young people first for the youth service). */
export function routeOrder(partner: Partner | undefined): Route[] {
  const first = partner?.routeFirst;
  return first ? [first, ...ROUTES.filter((route) => route !== first)] : [...ROUTES];
}
