import type { ContentTranslations } from '../translate.js';

/** French texts (Belgian French) for the built-in Mechelen content, by item id. */
export const mechelenFr: ContentTranslations = {
  helplines: {
    'noodnummer-112': { name: 'Numéro d’urgence', purpose: 'Quand une vie est en danger : ambulance, pompiers, police.' },
    'zelfmoordlijn-1813': { name: 'Zelfmoordlijn', purpose: 'Ligne flamande de prévention du suicide : si vous pensez au suicide, ou si vous êtes inquiet pour quelqu’un.' },
    'centre-prevention-suicide': { name: 'Centre de Prévention du Suicide', purpose: 'Si vous pensez au suicide, ou si vous vous inquiétez pour un proche.' },
    'tele-onthaal-106': { name: 'Tele-Onthaal', purpose: 'Ligne d’écoute flamande, pour qui a besoin de parler. La solitude est l’un des sujets les plus fréquents.' },
    'tele-accueil-107': { name: 'Télé-Accueil', purpose: 'Ligne d’écoute pour qui a besoin de parler. La solitude fait partie des sujets fréquents.' },
    'awel-102': {
      name: 'Awel',
      purpose: 'Ligne flamande pour les enfants et les jeunes qui ont besoin de parler. La plupart ont entre 13 et 25 ans.',
      hours: 'l’après-midi et le soir (pas 24 h/24)',
    },
    'ecoute-enfants-103': { name: 'Écoute-Enfants', purpose: 'Pour les enfants et les jeunes qui ont besoin de parler.' },
    'hulplijn-1712': { name: '1712', purpose: 'Ligne flamande en cas de violence, d’abus ou de maltraitance d’enfants.' },
    'ecoute-violences-conjugales': { name: 'Écoute Violences Conjugales', purpose: 'En cas de violence dans le couple : pour les victimes, leurs proches, les témoins et les auteurs.' },
  },
  initiatives: {
    'zorgzame-buurt-heembeemd': {
      name: 'Quartier solidaire Heembeemd',
      forWhom: 'Les habitants de Heembeemd et les aidants proches',
      offer: '« La route vers l’amitié » est relancée. Le quartier veille aussi à trouver des aidants proches. Il travaille avec Samana. Et il mise sur les petites rencontres du quotidien.',
    },
    'tiendaagse-geestelijke-gezondheid': {
      name: 'Dix jours de la santé mentale',
      forWhom: 'Tout le monde',
      offer: 'Au moment de la réponse de la ville, une carte postale était en préparation pour mieux faire connaître l’aide psychologique accessible sans prescription : en Belgique, les soins psychologiques de première ligne du réseau de santé mentale de votre région.',
    },
    ouderenweek: {
      name: 'Semaine des aînés',
      forWhom: 'Les aînés',
      offer: 'Des rencontres, et des informations pour prendre soin de son bien-être mental.',
    },
    wegwijzers: {
      name: 'Les « wegwijzers »',
      forWhom: 'Tout le monde',
      offer: 'Les wegwijzers (« poteaux indicateurs ») sont toujours actifs à Malines. La réponse de la ville n’en dit pas plus.',
    },
    buurtengagementsnetwerken: {
      name: 'Réseaux d’engagement de quartier',
      forWhom: 'Les voisins qui veulent se rencontrer',
      offer: 'Des habitants lancent eux-mêmes des initiatives pour se rencontrer. La ville les fait connaître et les finance.',
    },
    'gevelbanken-picknicktafels': {
      name: 'Bancs de façade et tables de pique-nique',
      forWhom: 'Tout le quartier',
      offer: 'La ville propose des bancs à fixer en façade et des tables de pique-nique : des endroits où les voisins se croisent et papotent. La demande se fait avec au moins deux autres ménages du quartier.',
      contactNote: 'Demander un banc ou une table (en néerlandais)',
    },
    'jeugddienst-kindvriendelijk-label': {
      name: 'Service jeunesse : démarche « ville amie des enfants »',
      forWhom: 'Les enfants et les jeunes',
      offer: 'Le service jeunesse travaille à obtenir le label « ville amie des enfants ». Il en sortira aussi des recommandations sur le bien-être mental.',
    },
    overkop: {
      name: 'OverKop Malines',
      forWhom: 'Les jeunes de 12 à 25 ans',
      offer: 'Chez OverKop, on peut passer sans rendez-vous : on y trouve une oreille attentive et des activités gratuites. À Malines, OverKop se trouve dans les locaux de J@M à l’Oud Oefenplein et à Abeel. La Prévention sociale de la ville s’appuie sur ce projet pour le bien-être des jeunes.',
      contactNote: 'Site d’OverKop Malines (en néerlandais)',
    },
    samana: {
      name: 'Samana',
      forWhom: 'Les personnes atteintes d’une maladie chronique et leurs aidants proches',
      offer: 'Association flamande pour les personnes malades chroniques et leurs aidants proches. À Malines, elle travaille avec le quartier solidaire Heembeemd.',
      contactNote: 'Site de Samana (en néerlandais)',
    },
  },
  meldpunt: { name: 'Point de contact solitude de Malines' },
  partners: {
    'stad-mechelen': { name: 'Ville de Malines' },
    samana: { name: 'Samana' },
    jeugddienst: { name: 'Service jeunesse de Malines' },
    overkop: { name: 'OverKop Malines' },
  },
};
