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
  openUntil: (time) => `Open now, until ${time}.`,
  closedNow: 'Closed now.',
  closedAlternative: 'Available day and night:',
  campaignMore: 'Find out more',
  website: 'Website',

  routesHeading: 'How can we help you?',
  routeSelf: 'I feel lonely',
  routeSelfHint: 'Help for myself',
  routeOther: 'I am worried about someone',
  routeOtherHint: 'Someone in my neighbourhood, family or friends',
  routeSelfHeading: 'Help for yourself',
  routeSelfIntro:
    'Talking helps. You can call or chat anonymously. Or find a place nearby to meet people.',
  routeOtherHeading: 'You are worried about someone',
  routeOtherIntro:
    'It is good that you care. A small gesture can mean a lot. Here is help for that person and for you.',
  routeOtherTips: [
    'Say hello, have a chat or give them a call.',
    'Ask how they are really doing, and listen.',
    'Is someone thinking about suicide? Call the Suicide Line 1813 together.',
  ],
  routeBack: 'Back to the choice',

  findHeading: 'Find help nearby',
  audienceLabel: 'For whom?',
  audienceNames: { everyone: 'Everyone', youth: 'Young people', seniors: 'Older people', carers: 'Carers' },
  searchLabel: 'Search for a word',
  searchHint: 'For example: talk, neighbours, young people, carer',
  searchClear: 'Clear search',
  resultCount: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),
  noResultsHeading: 'Nothing found',
  noResults: (query) => `We found nothing for “${query}”.`,
  noResultsTry:
    'Try another word or choose “Everyone”. Want to talk to someone now? Call Tele-Onthaal 106 or the Suicide Line 1813.',

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
  reportFromRoute: { self: 'Ask someone to get in touch with you', other: 'Report your worry to the reporting point' },
  formLoading: 'Loading the form…',
  formLoadFailed: 'The form could not load. Contact the reporting point directly.',
  phone: 'Phone',
  email: 'E-mail',

};
