import type { ContentTranslations } from '../translate.js';

/** Dutch texts for the built-in Mechelen content, by item id: the reference every other language follows. */
export const mechelenNl: ContentTranslations = {
  "helplines": {
    "noodnummer-112": {
      "name": "Noodnummer",
      "purpose": "Bij levensgevaar: ziekenwagen, brandweer, politie."
    },
    "zelfmoordlijn-1813": {
      "name": "Zelfmoordlijn",
      "purpose": "Als je aan zelfmoord denkt, of als je je zorgen maakt om iemand."
    },
    "tele-onthaal-106": {
      "name": "Tele-Onthaal",
      "purpose": "Voor iedereen die wil praten. Eenzaamheid is een van de vaakste onderwerpen."
    },
    "awel-102": {
      "name": "Awel",
      "purpose": "Voor kinderen en jongeren die willen praten. De meeste bellers zijn 13 tot 25 jaar.",
      "hours": "in de namiddag en ’s avonds, niet dag en nacht"
    },
    "hulplijn-1712": {
      "name": "1712",
      "purpose": "Bij geweld, misbruik en kindermishandeling."
    }
  },
  "initiatives": {
    "zorgzame-buurt-heembeemd": {
      "name": "Zorgzame buurt Heembeemd",
      "forWhom": "Bewoners van Heembeemd en mantelzorgers",
      "offer": "„De route naar vriendschap” loopt opnieuw. Er is hulp om mantelzorgers te vinden, samen met Samana. En er is aandacht voor kleine ontmoetingen in het dagelijks leven."
    },
    "tiendaagse-geestelijke-gezondheid": {
      "name": "10-daagse van de geestelijke gezondheid",
      "forWhom": "Iedereen",
      "offer": "Een postkaart maakt psychologische hulp bekend waar je zonder verwijzing naartoe kan. In België is dat de eerstelijnspsychologische zorg van het netwerk geestelijke gezondheid in je regio."
    },
    "ouderenweek": {
      "name": "Ouderenweek",
      "forWhom": "Ouderen",
      "offer": "Een week met ontmoetingen, en uitleg over hoe je je mentaal goed voelt."
    },
    "wegwijzers": {
      "name": "De wegwijzers",
      "forWhom": "Iedereen",
      "offer": "De wegwijzers zijn nog altijd actief in Mechelen. Vraag meer uitleg aan de stad."
    },
    "buurtengagementsnetwerken": {
      "name": "Buurtengagementsnetwerken",
      "forWhom": "Buren die elkaar willen ontmoeten",
      "offer": "De stad maakt reclame voor initiatieven waar buren elkaar ontmoeten, en geeft er geld voor."
    },
    "gevelbanken-picknicktafels": {
      "name": "Gevelbanken en picknicktafels",
      "forWhom": "Iedereen in de buurt",
      "offer": "De stad biedt banken tegen de gevel en picknicktafels aan. Zo ontstaan plekken waar buren elkaar zien en een praatje maken."
    },
    "jeugddienst-kindvriendelijk-label": {
      "name": "Jeugddienst: traject „kindvriendelijk label”",
      "forWhom": "Kinderen en jongeren",
      "offer": "De jeugddienst werkt aan een kindvriendelijk label. Daaruit komen ook tips om je mentaal goed te voelen."
    },
    "overkop": {
      "name": "Overkop (Sociale Preventie)",
      "forWhom": "Jongeren van 12 tot 25 jaar",
      "offer": "Overkop is een Vlaams netwerk van huizen waar jongeren zomaar binnen kunnen lopen. Er zijn gratis activiteiten en je kan er praten over wat je dwarszit. In Mechelen loopt het via Sociale Preventie."
    },
    "samana": {
      "name": "Samana",
      "forWhom": "Mensen met een chronische ziekte en hun mantelzorgers",
      "offer": "Samana is een Vlaamse vereniging. Ze werkt in Mechelen samen met de zorgzame buurt Heembeemd."
    }
  },
  "meldpunt": {
    "name": "Meldpunt eenzaamheid Mechelen"
  },
  "partners": {
    "stad-mechelen": {
      "name": "Stad Mechelen"
    },
    "samana": {
      "name": "Samana"
    },
    "jeugddienst": {
      "name": "Jeugddienst Mechelen"
    },
    "overkop": {
      "name": "Overkop Mechelen"
    }
  },
  "notes": {
    "cityPage": "Meer uitleg op de website van de stad Mechelen."
  }
};
