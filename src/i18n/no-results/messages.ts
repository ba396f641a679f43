/**
 * What the finder says when nothing matches: comes with the search's words for the
 * page's language (src/search/languages), not with the first render.
 */
export interface NoResultsMessages {
  readonly noResultsHeading: string;
  readonly nothingFor: (query: string) => string;
  readonly nothingForAudience: (query: string, audience: string) => string;
  readonly nothingInAudience: (audience: string) => string;
  readonly tryAnotherWord: string;
  readonly talkNow: string;
}
