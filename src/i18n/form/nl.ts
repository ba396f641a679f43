import type { FormMessages } from './messages.js';

export { meldpuntTextsNl } from '../../content/translations/meldpunt.nl.js';

/** Dutch form text, plain language (B1). */
export const formNl: FormMessages = {
  heading: 'Melding maken',
  intro: 'Vul dit in. Binnen 24 uur neemt iemand contact op. Het meldpunt is geen noodhulp.',
  optional: '(optioneel)',

  aboutLegend: 'Over wie gaat je melding?',
  aboutOptions: { self: 'Over mezelf: ik voel me eenzaam', other: 'Over iemand anders: ik maak me zorgen' },
  areaLabel: { self: 'In welke buurt woon je? Of wat is je postcode?', other: 'In welke buurt woont die persoon? Of wat is de postcode?' },
  areaHint: 'Bijvoorbeeld 2800 of Nekkerspoel. Geen straat of huisnummer.',
  contactLegend: { self: 'Hoe kunnen we je bereiken?', other: 'Hoe kunnen we jou bereiken?' },
  contactHint: {
    self: 'Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.',
    other:
      'Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg. We nemen eerst contact op met jou. De persoon over wie je meldt, hoort niet wie de melding deed.',
  },
  phoneLabel: 'Telefoonnummer',
  emailLabel: 'E-mailadres',

  moreSummary: 'Meer vertellen',
  moreHint: 'Dit helpt om de juiste persoon te vinden. Je mag alles overslaan.',
  ageLegend: { self: 'Hoe oud ben je?', other: 'Hoe oud is die persoon ongeveer?' },
  ageHint: 'Voor jongeren zoeken we iemand die met jongeren werkt.',
  ageOptions: {
    'under-18': 'Jonger dan 18 jaar',
    '18-25': '18 tot 25 jaar',
    '26-64': '26 tot 64 jaar',
    '65-plus': '65 jaar of ouder',
    unknown: 'Ik weet het niet',
  },
  relationLegend: 'Wie is die persoon voor jou?',
  relationOptions: {
    family: 'Familie',
    neighbour: 'Een buur',
    friend: 'Een vriend of vriendin',
    professional: 'Iemand die ik via mijn werk ken',
    other: 'Iemand anders',
  },
  personKnowsLegend: 'Weet die persoon dat je dit meldt?',
  personKnowsOptions: { yes: 'Ja', no: 'Nee', unsure: 'Ik weet het niet' },
  situationLabel: 'Wat is er aan de hand?',
  situationHint: 'Kort is genoeg. Schrijf geen medische gegevens.',
  nameLabel: 'Je voornaam',
  contactTimesLabel: 'Wanneer past het best?',
  contactTimesHint: 'Bijvoorbeeld: na 17 uur, of niet op woensdag.',

  privacyHeading: 'Wat gebeurt er met je gegevens?',
  consentLabel: 'Ik ga akkoord dat het meldpunt mijn gegevens gebruikt om contact met mij op te nemen.',
  honeypotLabel: 'Laat dit veld leeg',
  submit: 'Melding versturen',

  errorSummaryHeading: 'Er is een probleem',
  errorPrefix: 'Fout:',
  errors: {
    about: { required: 'Kies over wie je melding gaat.', invalid: 'Kies over wie je melding gaat.' },
    relation: { required: 'Kies wie die persoon voor jou is.', invalid: 'Kies wie die persoon voor jou is.' },
    personKnows: { required: 'Kies of die persoon weet dat je dit meldt.', invalid: 'Kies of die persoon weet dat je dit meldt.' },
    ageGroup: { required: 'Kies een leeftijd, of kies “Ik weet het niet”.', invalid: 'Kies een leeftijd, of kies “Ik weet het niet”.' },
    area: {
      required: 'Vul een buurt of postcode in.',
      invalid: 'Vul een postcode met 4 cijfers of de naam van een buurt in, zonder straat of huisnummer.',
      'too-long': 'Vul alleen de buurt of de postcode in (hoogstens 60 tekens).',
    },
    situation: { 'too-long': 'Maak je tekst korter: hoogstens 1000 tekens.', invalid: 'Maak je tekst korter: hoogstens 1000 tekens.' },
    contact: { required: 'Vul je telefoonnummer of je e-mailadres in.', invalid: 'Vul je telefoonnummer of je e-mailadres in.' },
    phone: {
      required: 'Vul je telefoonnummer in.',
      invalid: 'Vul een telefoonnummer in zoals 015 12 34 56 of +32 470 12 34 56.',
    },
    email: {
      required: 'Vul je e-mailadres in.',
      invalid: 'Vul een e-mailadres in zoals naam@voorbeeld.be.',
      'too-long': 'Vul een korter e-mailadres in.',
    },
    name: { 'too-long': 'Vul alleen je voornaam in (hoogstens 60 tekens).', invalid: 'Vul alleen je voornaam in.' },
    contactTimes: { 'too-long': 'Maak het korter: hoogstens 200 tekens.', invalid: 'Maak het korter: hoogstens 200 tekens.' },
    consent: { required: 'Vink aan dat je akkoord gaat. Anders kunnen we geen contact opnemen.' },
  },
  errorFallback: 'Kijk dit antwoord na.',

  sending: 'Je melding wordt verstuurd…',
  retrying: 'Het meldpunt antwoordt nog niet. We proberen het vanzelf opnieuw: je hoeft niets te doen. Laat deze pagina open.',
  offline: 'Je bent offline. Je melding is niet verloren: we versturen ze vanzelf zodra je weer verbinding hebt. Laat deze pagina open.',
  submitBusy: { sending: 'Bezig met versturen…', retrying: 'We proberen opnieuw…', offline: 'Wacht op verbinding…' },
  attemptProgress: (attempt, wait) => (wait ? `Poging ${attempt} over ${wait}.` : `Poging ${attempt}…`),
  waitingAlternative: 'Wil je niet wachten? Neem zelf contact op met het meldpunt:',

  notSentHeading: 'Je melding is nog niet verstuurd',
  notSentBody: 'Er ging iets mis. Je melding staat nog hieronder, niets is verloren. Probeer opnieuw, of neem zelf contact op met het meldpunt.',
  notSentReasons: {
    'invalid-response': 'Je internet stuurde ons naar een andere pagina, bijvoorbeeld om aan te melden op wifi. Meld je daar aan en probeer opnieuw.',
    'rate-limited': 'Er kwamen te veel meldingen tegelijk binnen. Wacht een minuut en probeer opnieuw.',
    timeout: 'Het meldpunt antwoordde niet op tijd.',
    server: 'Het meldpunt kon je melding nu niet ontvangen.',
    network: 'Er was geen verbinding met het meldpunt.',
    rejected: 'Het meldpunt kon je melding niet aannemen.',
  },
  retry: 'Opnieuw versturen',
  edit: 'Melding aanpassen',
  contactMeldpunt: 'Of neem zelf contact op met het meldpunt:',
  copy: 'Kopieer je melding',
  copied: 'Je melding is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  reportTextLabel: 'Je melding als tekst',

  sentHeading: 'Je melding is verstuurd',
  sentBody: 'Dank je. Het meldpunt heeft je melding ontvangen.',
  referenceLabel: 'Je referentie',
  noticeLabel: 'Bericht van het meldpunt',
  whatNextHeading: 'Wat gebeurt er nu?',
  sentLines: 'Wil je nu al met iemand praten, of wordt het dringend? Bel gerust:',
  urgentReminder: 'Is het dringend of denk je aan zelfmoord? Wacht niet: bel meteen.',
  newReport: 'Nog een melding maken',
};
