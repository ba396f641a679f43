import type { ContentTranslations } from '../translate.js';

/** English texts for the built-in Mechelen content, by item id. */
export const mechelenEn: ContentTranslations = {
  "helplines": {
    "noodnummer-112": {
      "name": "Emergency number",
      "purpose": "When a life is in danger: ambulance, fire brigade, police."
    },
    "zelfmoordlijn-1813": {
      "name": "Suicide Line (Zelfmoordlijn)",
      "purpose": "If you think about suicide, or if you are worried about someone."
    },
    "tele-onthaal-106": {
      "name": "Tele-Onthaal",
      "purpose": "For anyone who wants to talk. Loneliness is one of the most common topics."
    },
    "awel-102": {
      "name": "Awel",
      "purpose": "For children and young people who want to talk. Most callers are 13 to 25.",
      "hours": "afternoons and evenings, not day and night"
    },
    "hulplijn-1712": {
      "name": "1712",
      "purpose": "For violence, abuse and child abuse."
    }
  },
  "initiatives": {
    "zorgzame-buurt-heembeemd": {
      "name": "Caring neighbourhood Heembeemd",
      "forWhom": "People living in Heembeemd, and carers",
      "offer": "“The route to friendship” is running again. There is help to find carers, together with Samana. And attention to small everyday encounters."
    },
    "tiendaagse-geestelijke-gezondheid": {
      "name": "10 days of mental health",
      "forWhom": "Everyone",
      "offer": "A postcard makes psychological help known that you can use without a referral: in Belgium, first-line psychological care from your regional mental-health network."
    },
    "ouderenweek": {
      "name": "Week of older people",
      "forWhom": "Older people",
      "offer": "A week of meeting others, and information about mental wellbeing."
    },
    "wegwijzers": {
      "name": "The wegwijzers (guides)",
      "forWhom": "Everyone",
      "offer": "The wegwijzers are still active in Mechelen. Ask the city for more information."
    },
    "buurtengagementsnetwerken": {
      "name": "Neighbourhood engagement networks",
      "forWhom": "Neighbours who want to meet each other",
      "offer": "The city promotes and funds initiatives where neighbours meet each other."
    },
    "gevelbanken-picknicktafels": {
      "name": "Front-door benches and picnic tables",
      "forWhom": "Everyone in the neighbourhood",
      "offer": "The city offers benches against house fronts and picnic tables: places where neighbours see each other and have a chat."
    },
    "jeugddienst-kindvriendelijk-label": {
      "name": "Youth service: “child-friendly label” programme",
      "forWhom": "Children and young people",
      "offer": "The youth service is working on a child-friendly label. It will also bring advice on mental wellbeing."
    },
    "overkop": {
      "name": "Overkop (social prevention)",
      "forWhom": "Young people aged 12 to 25",
      "offer": "Overkop is a Flemish network of drop-in houses for young people, with free activities and easy-to-reach help. In Mechelen it runs through Social Prevention."
    },
    "samana": {
      "name": "Samana",
      "forWhom": "People with a chronic illness, and their carers",
      "offer": "Samana is a Flemish association. In Mechelen it works with the caring neighbourhood Heembeemd."
    }
  },
  "meldpunt": {
    "name": "Mechelen loneliness reporting point"
  },
  "partners": {
    "samana": {
      "name": "Samana"
    },
    "overkop": {
      "name": "Overkop Mechelen"
    },
    "stad-mechelen": {
      "name": "City of Mechelen"
    },
    "jeugddienst": {
      "name": "Mechelen youth service"
    }
  },
  "notes": {
    "cityPage": "More on the City of Mechelen website (in Dutch)."
  }
};
