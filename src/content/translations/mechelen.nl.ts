import type { ContentTranslations } from '../translate.js';

/** Dutch texts for the built-in Mechelen content, by item id: plain language (B1). */
export const mechelenNl: ContentTranslations = {
  helplines: {
    'noodnummer-112': { name: 'Noodnummer', purpose: 'Bij levensgevaar: ziekenwagen, brandweer, politie.' },
    'zelfmoordlijn-1813': { name: 'Zelfmoordlijn', purpose: 'Als je aan zelfmoord denkt, of als je je zorgen maakt om iemand.' },
    'tele-onthaal-106': { name: 'Tele-Onthaal', purpose: 'Voor iedereen die wil praten. Eenzaamheid is een van de onderwerpen waarover mensen het vaakst bellen.' },
    'awel-102': {
      name: 'Awel',
      purpose: 'Voor kinderen en jongeren die willen praten. De meeste bellers zijn 13 tot 25 jaar.',
      hours: 'in de namiddag en ’s avonds, niet dag en nacht',
    },
    'hulplijn-1712': { name: '1712', purpose: 'Bij geweld, misbruik en kindermishandeling.' },
  },
  initiatives: {
    'zorgzame-buurt-heembeemd': {
      name: 'Zorgzame buurt Heembeemd',
      forWhom: 'Bewoners van Heembeemd en mantelzorgers',
      offer: '„De route naar vriendschap” loopt opnieuw. Er is aandacht voor het vinden van mantelzorgers. De buurt werkt samen met Samana. En er is aandacht voor kleine ontmoetingen in het dagelijks leven.',
    },
    'tiendaagse-geestelijke-gezondheid': {
      name: '10-daagse van de geestelijke gezondheid',
      forWhom: 'Iedereen',
      offer: 'Toen de stad antwoordde, was er een postkaart in de maak. Die moet psychologische hulp bekender maken waar je zonder verwijzing naartoe kan. In België is dat de eerstelijnspsychologische zorg van het netwerk geestelijke gezondheid in je regio.',
    },
    ouderenweek: {
      name: 'Ouderenweek',
      forWhom: 'Ouderen',
      offer: 'Tijdens de Ouderenweek zijn er ontmoetingen, en krijg je uitleg over hoe je je mentaal goed voelt.',
    },
    wegwijzers: {
      name: 'De wegwijzers',
      forWhom: 'Iedereen',
      offer: 'De wegwijzers zijn nog altijd actief in Mechelen. Meer zegt het antwoord van de stad er niet over.',
    },
    buurtengagementsnetwerken: {
      name: 'Buurtengagementsnetwerken',
      forWhom: 'Buren die elkaar willen ontmoeten',
      offer: 'Bewoners nemen zelf initiatieven om elkaar te ontmoeten. De stad maakt er reclame voor en geeft er geld voor.',
    },
    'gevelbanken-picknicktafels': {
      name: 'Gevelbanken en picknicktafels',
      forWhom: 'Iedereen in de buurt',
      offer: 'De stad biedt banken tegen de gevel en picknicktafels aan. Zo ontstaan plekken waar buren elkaar zien en een praatje maken. Je vraagt er een aan samen met minstens twee andere gezinnen uit je buurt.',
      contactNote: 'Een gevelbank of picknicktafel aanvragen',
    },
    'jeugddienst-kindvriendelijk-label': {
      name: 'Jeugddienst: traject „kindvriendelijk label”',
      forWhom: 'Kinderen en jongeren',
      offer: 'De jeugddienst werkt naar een kindvriendelijk label. Daaruit zullen ook aanbevelingen komen over mentaal welbevinden.',
    },
    overkop: {
      name: 'OverKop Mechelen',
      forWhom: 'Jongeren van 12 tot 25 jaar',
      offer: 'Bij OverKop kan je zomaar binnenlopen. Je vindt er een luisterend oor en gratis activiteiten. In Mechelen zit OverKop in de lokalen van J@M aan het Oud Oefenplein en in Abeel. Sociale Preventie van de stad zet het project in voor het welzijn van jongeren.',
      contactNote: 'Website van OverKop Mechelen',
    },
    samana: {
      name: 'Samana',
      forWhom: 'Mensen met een chronische ziekte en hun mantelzorgers',
      offer: 'Samana is een Vlaamse vereniging voor mensen met een chronische ziekte en hun mantelzorgers. In Mechelen werkt ze samen met de zorgzame buurt Heembeemd.',
      contactNote: 'Website van Samana',
    },
  },
  meldpunt: { name: 'Meldpunt eenzaamheid Mechelen' },
  partners: {
    'stad-mechelen': { name: 'Stad Mechelen' },
    samana: { name: 'Samana' },
    jeugddienst: { name: 'Jeugddienst Mechelen' },
    overkop: { name: 'OverKop Mechelen' },
  },
};
