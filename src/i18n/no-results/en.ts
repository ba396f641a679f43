import type { NoResultsMessages } from './messages.js';

/** English: what the finder says when nothing matches. */
export const noResultsEn: NoResultsMessages = {
  noResultsHeading: 'Nothing found',
  nothingFor: (query) => `Nothing found for “${query}”.`,
  nothingForAudience: (query, audience) => `Nothing found for “${query}” under “${audience}”. Choose “Everyone” to search all the help.`,
  nothingInAudience: (audience) => `Nothing is listed under “${audience}” yet. Choose “Everyone” to see all the help.`,
  tryAnotherWord: 'Try a different word.',
  talkNow: 'Want to talk to someone now?',
};
