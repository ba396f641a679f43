import type { Resource } from '../content/select.js';
import { filterResources, rankByAudience } from '../content/select.js';
import type { Audience, Content, Helpline, Partner, Route } from '../content/types.js';
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
  return rankByAudience(filterResources(resources, { audience }), audience);
}

/** The resources that fit a route, for the current audience. */
export function routeResources(resources: readonly Resource[], route: Route, audience: Audience): Resource[] {
  return rankByAudience(filterResources(resources, { audience, route }), audience);
}

/** A partner may put a route first (young people first for the youth service). */
export function routeOrder(partner: Partner | undefined): Route[] {
  const first = partner?.routeFirst;
  return first ? [first, ...ROUTES.filter((route) => route !== first)] : [...ROUTES];
}

/** When nothing matches: the lines to talk to now (106 and 1813 in the built-in content). */
export function fallbackLines(content: Content): Helpline[] {
  return content.helplines.filter((line) => line.urgent && line.number !== '112');
}
