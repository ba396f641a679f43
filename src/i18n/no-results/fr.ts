import type { NoResultsMessages } from './messages.js';

/** French (Belgium): what the finder says when nothing matches. */
export const noResultsFr: NoResultsMessages = {
  noResultsHeading: 'Rien trouvé',
  nothingFor: (query) => `Nous n’avons rien trouvé pour «\u202f${query}\u202f».`,
  nothingForAudience: (query, audience) =>
    `Nous n’avons rien trouvé pour «\u202f${query}\u202f» avec le filtre «\u202f${audience}\u202f». Choisissez «\u202fTout le monde\u202f» pour chercher partout.`,
  nothingInAudience: (audience) => `Il n’y a encore rien pour «\u202f${audience}\u202f». Choisissez «\u202fTout le monde\u202f» pour tout voir.`,
  tryAnotherWord: 'Essayez un autre mot.',
  talkNow: 'Envie de parler à quelqu’un maintenant\u202f?',
};
