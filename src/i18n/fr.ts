import type { Messages } from './messages.js';

/** French interface text. Content without a French text falls back to Dutch. */
export const fr: Messages = {
  locale: 'fr',
  title: 'Vous vous sentez seul·e ? Vous n’êtes pas seul·e.',
  intro:
    'Trouvez des personnes à qui parler et des lieux à Malines pour rencontrer d’autres gens. Vous pouvez aussi signaler une personne isolée.',

  urgentHeading: 'Besoin d’aide tout de suite ?',
  urgentIntro: 'Ces lignes vous aident immédiatement. Vous pouvez toujours les appeler.',
  meldpuntNotEmergency:
    'Le point de signalement n’est pas un service d’urgence. Il répond dans les 24 heures. En danger ? Appelez le 112.',
  call: (name, number) => `Appeler ${name} : ${number}`,
  channels: 'Comment',
  channelNames: { phone: 'téléphone', chat: 'chat', email: 'e-mail', forum: 'forum' },
  hours: 'Quand',
  alwaysOpen: 'jour et nuit, tous les jours',
  free: 'gratuit',
  anonymous: 'anonyme',
  checkedOn: (date) => `Informations vérifiées le ${date}`,
  source: 'Source',
  sourceOf: (date) => `, ${date}`,
  answersIn: (languages) => `Répond en ${languages}.`,
  languageNames: { nl: 'néerlandais', fr: 'français', en: 'anglais', de: 'allemand' },
  noContact: 'Pas de contact indiqué ? Le point de contact peut vous orienter.',
  colon: '\u202f:',
  website: 'Site web',

  routesHeading: 'Comment pouvons-nous vous aider ?',
  routeSelf: 'Je me sens seul·e',
  routeSelfHint: 'De l’aide pour moi',
  routeOther: 'Je m’inquiète pour quelqu’un',
  routeOtherHint: 'Une personne du quartier, de la famille ou un ami',

  findHeading: 'Trouver de l’aide près de chez vous',
  audienceLabel: 'Pour qui ?',
  audienceNames: { everyone: 'Tout le monde', youth: 'Jeunes', seniors: 'Aînés', carers: 'Aidants proches' },
  searchLabel: 'Chercher un mot',
  searchHint: 'Par exemple : parler, voisins, jeunes, aidant',
  searchClear: 'Effacer la recherche',
  resultCount: (count) =>
    count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count} résultats`,

  initiativesHeading: 'À Malines',
  helplinesHeading: 'Pour parler à quelqu’un',
  forWhom: 'Pour qui',
  offer: 'Quoi',
  howToReach: 'Contact',

  meldpuntHeading: 'Signaler quelqu’un au point de signalement',
  meldpuntIntro:
    'Une personne est isolée, ou vous-même ? Signalez-le. Quelqu’un du quartier prendra contact dans les 24 heures.',
  meldpuntContact: 'Contacter le point de signalement',
  reportStart: 'Faire un signalement',
  formLoading: 'Chargement du formulaire…',
  formLoadFailed: 'Le formulaire n’a pas pu se charger. Contactez directement le point de signalement.',
  phone: 'Téléphone',
  email: 'E-mail',

};
