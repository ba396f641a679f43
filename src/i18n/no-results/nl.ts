import type { NoResultsMessages } from './messages.js';

/** Dutch (B1): what the finder says when nothing matches. */
export const noResultsNl: NoResultsMessages = {
  noResultsHeading: 'Niets gevonden',
  nothingFor: (query) => `We vonden niets voor „${query}”.`,
  nothingForAudience: (query, audience) => `We vonden niets voor „${query}” bij „${audience}”. Kies „Iedereen” om in alle hulp te zoeken.`,
  nothingInAudience: (audience) => `Er staat nog geen hulp bij „${audience}”. Kies „Iedereen” om alle hulp te zien.`,
  tryAnotherWord: 'Probeer een ander woord.',
  talkNow: 'Wil je nu met iemand praten?',
};
