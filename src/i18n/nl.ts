import type { Messages } from './messages.js';

/** Dutch, in plain (B1) language. The reference dictionary: always complete. */
export const nl: Messages = {
  locale: 'nl',
  title: 'Voel je je eenzaam? Je staat er niet alleen voor.',
  intro:
    'Hier vind je mensen om mee te praten en plekken in Mechelen om anderen te ontmoeten. Je kan ook vragen dat iemand uit de buurt contact opneemt.',

  urgentHeading: 'Dringend hulp nodig?',
  urgentIntro: 'Deze lijnen helpen je meteen. Je kan ze altijd bellen.',
  meldpuntNotEmergency:
    'Vraag je hieronder om contact? Dan neemt iemand uit de buurt binnen 24 uur contact op. Dat is geen hulpdienst voor noodgevallen. Is er gevaar? Bel 112.',
  call: (name, number) => `Bel ${name}: ${number}`,
  channels: 'Hoe',
  channelNames: { phone: 'telefoon', chat: 'chat', email: 'e-mail', forum: 'forum' },
  hours: 'Wanneer',
  alwaysOpen: 'dag en nacht, elke dag',
  free: 'gratis',
  anonymous: 'anoniem',
  answersIn: (languages) => `Antwoordt alleen in het ${languages}.`,
  languageNames: { nl: 'Nederlands', fr: 'Frans', en: 'Engels', de: 'Duits' },
  noContact: 'Staat er geen contact bij? Het meldpunt helpt je verder.',
  colon: ':',
  website: 'Website',

  routesHeading: 'Waar kunnen we je mee helpen?',
  routeSelf: 'Ik voel me eenzaam',
  routeSelfHint: 'Hulp voor mezelf',
  routeOther: 'Ik maak me zorgen om iemand',
  routeOtherHint: 'Iemand uit mijn buurt, familie of vriendenkring',

  findHeading: 'Zoek hulp in de buurt',
  audienceLabel: 'Voor wie?',
  audienceNames: { everyone: 'Iedereen', youth: 'Jongeren', seniors: 'Ouderen', carers: 'Mantelzorgers' },
  searchLabel: 'Zoek een woord',
  searchHint: 'Bijvoorbeeld: praten, buren, jongeren, mantelzorg',
  searchClear: 'Zoekwoord wissen',
  resultCount: (count) =>
    count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`,

  forWhom: 'Voor wie',
  offer: 'Wat',
  howToReach: 'Contact',

  meldpuntHeading: 'Vraag dat iemand uit de buurt contact opneemt',
  meldpuntIntro:
    'Voel je je alleen, of maak je je zorgen om iemand? Laat het weten aan het meldpunt eenzaamheid van de stad. Binnen 24 uur neemt iemand uit de buurt contact op.',
  meldpuntContact: 'Contacteer het meldpunt',
  reportStart: 'Vraag om contact',
  formLoading: 'Het formulier wordt geladen…',
  formLoadFailed: 'Het formulier kon niet laden. Neem rechtstreeks contact op met het meldpunt.',
  phone: 'Telefoon',
  email: 'E-mail',
};
