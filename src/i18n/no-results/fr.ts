import type { NoResultsMessages } from './messages.js';

/** French (Belgium): what the finder says when nothing matches. */
export const noResultsFr: NoResultsMessages = {
  noResultsHeading: 'Aucun résultat',
  nothingFor: (query) => `Nous n’avons rien trouvé pour « ${query} ».`,
  nothingForAudience: (query, audience) => `Nous n’avons rien trouvé pour « ${query} » parmi « ${audience} ». Choisissez « Tout le monde » pour chercher dans toute l’aide.`,
  nothingInAudience: (audience) => `Il n’y a encore rien pour « ${audience} ». Choisissez « Tout le monde » pour voir toute l’aide.`,
  tryAnotherWord: 'Essayez un autre mot.',
  talkNow: 'Envie de parler à quelqu’un maintenant ?',
};
