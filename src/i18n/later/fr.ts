import type { LaterMessages } from './messages.js';

/** French (Belgium): route steps and the no-results text. */
export const laterFr: LaterMessages = {
  locale: 'fr',
  routes: {
    self: { heading: 'De l’aide pour vous', intro: 'Choisissez ce qui vous convient maintenant. Vous pouvez essayer plusieurs pistes.' },
    other: { heading: 'Vous vous inquiétez pour quelqu’un', intro: 'C’est bien de vous soucier des autres. Un petit geste peut déjà beaucoup compter.' },
  },
  steps: {
    talk: { title: 'Parler à quelqu’un tout de suite', why: 'Ça fait du bien de vider son sac. Les lignes d’écoute plus haut répondent jour et nuit, sans devoir donner votre nom.' },
    meet: { title: 'Rencontrer des gens près de chez vous', why: 'Papoter sur un banc ou faire quelque chose ensemble : ce sont les petites rencontres qui font la différence.' },
    contact: { title: 'Demander qu’une personne du quartier vous contacte', why: 'Le point de contact solitude de la ville cherche quelqu’un près de chez vous qui vous appelle ou vous écrit dans les 24 heures.' },
    conversation: { title: 'Engager la conversation', why: 'Pas besoin d’avoir une solution : montrer que vous êtes là, ça aide déjà.' },
    together: { title: 'Faire quelque chose ensemble', why: 'Sortir ou faire une activité à deux, c’est un premier pas plus facile pour qui se sent seul.' },
    reachOut: { title: 'Demander qu’une personne du quartier prenne contact', why: 'Le point de contact solitude de la ville demande à quelqu’un du quartier de prendre contact avec cette personne dans les 24 heures.' },
  },
  conversationTips: [
    'Dites bonjour, échangez quelques mots ou passez un coup de fil.',
    'Demandez comment ça va vraiment, et prenez le temps d’écouter.',
    'La personne pense au suicide ? Appelez ensemble une ligne de prévention du suicide (plus haut).',
  ],
  reportFromRoute: { self: 'Demander qu’on me contacte', other: 'Demander qu’on contacte cette personne' },
  routeBack: 'Retour au choix',
};
