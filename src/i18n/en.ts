import type { Messages } from './messages.js';

/** English interface text. Content without an English text falls back to Dutch. */
export const en: Messages = {
  locale: 'en',
  title: 'Feeling lonely? You are not alone.',
  intro:
    'Find people to talk to and places in Mechelen to meet others. You can also report someone who is on their own.',

  urgentHeading: 'Need help now?',
  urgentIntro: 'These lines help you straight away. You can always call them.',
  meldpuntNotEmergency:
    'The reporting point is not an emergency service. It answers within 24 hours. In danger? Call 112.',
  call: (name, number) => `Call ${name}: ${number}`,
  channels: 'How',
  channelNames: { phone: 'phone', chat: 'chat', email: 'e-mail', forum: 'forum' },
  hours: 'When',
  alwaysOpen: 'day and night, every day',
  free: 'free',
  anonymous: 'anonymous',
  checkedOn: (date) => `Details checked on ${date}`,
  source: 'Source',
  sourceOf: (date) => `, ${date}`,
  answersIn: (languages) => `Answers in ${languages}.`,
  languageNames: { nl: 'Dutch', fr: 'French', en: 'English', de: 'German' },
  noContact: 'No contact listed? The contact point can point you in the right direction.',
  colon: ':',
  website: 'Website',

  routesHeading: 'How can we help you?',
  routeSelf: 'I feel lonely',
  routeSelfHint: 'Help for myself',
  routeOther: 'I am worried about someone',
  routeOtherHint: 'Someone in my neighbourhood, family or friends',

  findHeading: 'Find help nearby',
  audienceLabel: 'For whom?',
  audienceNames: { everyone: 'Everyone', youth: 'Young people', seniors: 'Older people', carers: 'Carers' },
  searchLabel: 'Search for a word',
  searchHint: 'For example: talk, neighbours, young people, carer',
  searchClear: 'Clear search',
  resultCount: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),

  initiativesHeading: 'In Mechelen',
  helplinesHeading: 'Someone to talk to',
  forWhom: 'For whom',
  offer: 'What',
  howToReach: 'Contact',

  meldpuntHeading: 'Report someone to the reporting point',
  meldpuntIntro:
    'Is someone on their own, or are you? Report it. Someone from the neighbourhood will get in touch within 24 hours.',
  meldpuntContact: 'Contact the reporting point',
  reportStart: 'Make a report',
  formLoading: 'Loading the form…',
  formLoadFailed: 'The form could not load. Contact the reporting point directly.',
  phone: 'Phone',
  email: 'E-mail',

};
