import type { Messages } from './messages.js';

/** English as a native speaker writes it (British spelling). Content without an English text falls back to Dutch. */
export const en: Messages = {
  locale: 'en',
  title: 'Feeling lonely? You’re not on your own.',
  intro:
    'Find someone to talk to and places in Mechelen to meet people. You can also ask for someone local to get in touch.',

  urgentHeading: 'Need help now?',
  urgentIntro: 'These lines answer straight away, day and night.',
  meldpuntNotEmergency:
    'If you ask to be contacted below, someone local will get in touch within 24 hours. This is not an emergency service: if anyone is in danger, call 112.',
  call: (name, number) => `Call ${name} on ${number}`,
  channels: 'By',
  channelNames: { phone: 'phone', chat: 'chat', email: 'email', forum: 'forum' },
  hours: 'Open',
  alwaysOpen: '24 hours a day, 7 days a week',
  free: 'free',
  anonymous: 'anonymous',
  answersIn: (languages) => `Answers in ${languages} only.`,
  languageNames: { nl: 'Dutch', fr: 'French', en: 'English', de: 'German' },
  noContact: 'No contact details? The city’s loneliness contact point can help.',
  colon: ':',
  website: 'Website',

  routesHeading: 'How can we help?',
  routeSelf: 'I feel lonely',
  routeSelfHint: 'Help for me',
  routeOther: 'I’m worried about someone',
  routeOtherHint: 'A neighbour, a relative or a friend',

  findHeading: 'Find help near you',
  audienceLabel: 'Who is it for?',
  audienceNames: { everyone: 'Everyone', youth: 'Young people', seniors: 'Older people', carers: 'Carers' },
  searchLabel: 'Search',
  searchHint: 'For example: talk, neighbours, young people, carer',
  searchClear: 'Clear search',
  resultCount: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),

  forWhom: 'Who for',
  offer: 'What’s on offer',
  howToReach: 'Contact',

  meldpuntHeading: 'Ask for someone local to get in touch',
  meldpuntIntro:
    'Feeling alone, or worried about someone? Let the city’s loneliness contact point know. Someone from the neighbourhood will get in touch within 24 hours.',
  meldpuntContact: 'Contact',
  reportStart: 'Ask to be contacted',
  formLoading: 'Loading the form…',
  formLoadFailed: 'The form didn’t load. Please contact the loneliness contact point directly.',
  phone: 'Phone',
  email: 'Email',
};
