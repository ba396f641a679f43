import type { Messages } from './messages.js';

/** French as written in Belgium (vous). Content without a French text falls back to Dutch. */
export const fr: Messages = {
  locale: 'fr',
  title: 'Vous vous sentez seul ou seule ? Parlez-en.',
  intro:
    'Trouvez à qui parler et où rencontrer du monde à Malines. Vous pouvez aussi demander qu’une personne du quartier prenne contact.',

  urgentHeading: 'Besoin d’aide tout de suite ?',
  urgentIntro: 'Ces lignes répondent immédiatement, jour et nuit.',
  meldpuntNotEmergency:
    'Si vous demandez un contact plus bas, on vous répond dans les 24 heures : ce n’est pas un service d’urgence. En danger ? Appelez le 112.',
  call: (name, number) => `Appeler ${name} au ${number}`,
  channels: 'Joignable par',
  channelNames: { phone: 'téléphone', chat: 'chat', email: 'e-mail', forum: 'forum' },
  hours: 'Horaires',
  alwaysOpen: '24 h/24, 7 j/7',
  free: 'gratuit',
  anonymous: 'anonyme',
  answersIn: (languages) => `Répond uniquement en ${languages}.`,
  languageNames: { nl: 'néerlandais', fr: 'français', en: 'anglais', de: 'allemand' },
  noContact: 'Pas de coordonnées ? Le point de contact solitude vous oriente.',
  colon: '\u202f:',
  website: 'Site internet',

  routesHeading: 'Comment pouvons-nous vous aider ?',
  routeSelf: 'Je me sens seul ou seule',
  routeSelfHint: 'De l’aide pour moi',
  routeOther: 'Je m’inquiète pour quelqu’un',
  routeOtherHint: 'Un voisin, un proche, un ami',

  findHeading: 'Trouver de l’aide près de chez vous',
  audienceLabel: 'Pour qui ?',
  audienceNames: { everyone: 'Tout le monde', youth: 'Jeunes', seniors: 'Aînés', carers: 'Aidants proches' },
  searchLabel: 'Rechercher un mot',
  searchHint: 'Par exemple : parler, voisins, jeunes, aidant proche',
  searchClear: 'Effacer la recherche',
  resultCount: (count) =>
    count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count} résultats`,

  forWhom: 'Pour qui',
  offer: 'Ce qui est proposé',
  howToReach: 'Contact',

  meldpuntHeading: 'Demander qu’une personne du quartier prenne contact',
  meldpuntIntro:
    'Vous vous sentez seul, ou vous vous inquiétez pour quelqu’un ? Dites-le au point de contact solitude de la ville. Une personne du quartier prend contact dans les 24 heures.',
  meldpuntContact: 'Contact',
  reportStart: 'Demander un contact',
  formLoading: 'Chargement du formulaire…',
  formLoadFailed: 'Le formulaire n’a pas pu se charger. Joignez directement le point de contact solitude.',
  phone: 'Téléphone',
  email: 'E-mail',
};
