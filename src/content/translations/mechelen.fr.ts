import type { ContentTranslations } from '../translate.js';

/** French texts for the built-in Mechelen content, by item id. */
export const mechelenFr: ContentTranslations = {
  "helplines": {
    "noodnummer-112": {
      "name": "Numéro d’urgence",
      "purpose": "En cas de danger de mort : ambulance, pompiers, police."
    },
    "zelfmoordlijn-1813": {
      "name": "Zelfmoordlijn (prévention du suicide)",
      "purpose": "Si vous pensez au suicide, ou si vous vous inquiétez pour quelqu’un."
    },
    "tele-onthaal-106": {
      "name": "Tele-Onthaal",
      "purpose": "Pour toute personne qui veut parler. La solitude est un des sujets les plus fréquents."
    },
    "awel-102": {
      "name": "Awel",
      "purpose": "Pour les enfants et les jeunes qui veulent parler. La plupart ont entre 13 et 25 ans.",
      "hours": "l’après-midi et le soir, pas jour et nuit"
    },
    "hulplijn-1712": {
      "name": "1712",
      "purpose": "En cas de violence, d’abus et de maltraitance d’enfants."
    }
  },
  "initiatives": {
    "zorgzame-buurt-heembeemd": {
      "name": "Quartier solidaire Heembeemd",
      "forWhom": "Les habitants de Heembeemd et les aidants proches",
      "offer": "« La route vers l’amitié » est relancée. On aide à trouver des aidants proches, avec Samana. Et on mise sur les petites rencontres du quotidien."
    },
    "tiendaagse-geestelijke-gezondheid": {
      "name": "10 jours de la santé mentale",
      "forWhom": "Tout le monde",
      "offer": "Une carte postale fait connaître l’aide psychologique accessible sans prescription : en Belgique, les soins psychologiques de première ligne du réseau de santé mentale de votre région."
    },
    "ouderenweek": {
      "name": "Semaine des aînés",
      "forWhom": "Les aînés",
      "offer": "Une semaine de rencontres et d’informations sur le bien-être mental."
    },
    "wegwijzers": {
      "name": "Les wegwijzers (guides)",
      "forWhom": "Tout le monde",
      "offer": "Les wegwijzers sont toujours actifs à Malines. Demandez plus d’informations à la ville."
    },
    "buurtengagementsnetwerken": {
      "name": "Réseaux d’engagement de quartier",
      "forWhom": "Les voisins qui veulent se rencontrer",
      "offer": "La ville fait connaître et finance des initiatives où les voisins se rencontrent."
    },
    "gevelbanken-picknicktafels": {
      "name": "Bancs de façade et tables de pique-nique",
      "forWhom": "Tout le quartier",
      "offer": "La ville propose des bancs contre les façades et des tables de pique-nique : des lieux où les voisins se voient et bavardent."
    },
    "jeugddienst-kindvriendelijk-label": {
      "name": "Service jeunesse : parcours « label ville amie des enfants »",
      "forWhom": "Les enfants et les jeunes",
      "offer": "Le service jeunesse travaille à un label ville amie des enfants. Il en sortira aussi des conseils sur le bien-être mental."
    },
    "overkop": {
      "name": "Overkop (prévention sociale)",
      "forWhom": "Les jeunes de 12 à 25 ans",
      "offer": "Overkop est un réseau flamand de maisons où les jeunes peuvent passer sans rendez-vous : activités gratuites et aide accessible. À Malines, via la prévention sociale."
    },
    "samana": {
      "name": "Samana",
      "forWhom": "Les personnes atteintes d’une maladie chronique et leurs aidants proches",
      "offer": "Samana est une association flamande. À Malines, elle travaille avec le quartier solidaire Heembeemd."
    }
  },
  "meldpunt": {
    "name": "Point de signalement solitude Malines"
  },
  "partners": {
    "samana": {
      "name": "Samana"
    },
    "overkop": {
      "name": "Overkop Malines"
    },
    "stad-mechelen": {
      "name": "Ville de Malines"
    },
    "jeugddienst": {
      "name": "Service jeunesse de Malines"
    }
  },
  "notes": {
    "cityPage": "Plus d’informations sur le site de la ville de Malines (en néerlandais)."
  }
};
