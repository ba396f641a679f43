import type { LaterMessages } from './messages.js';

/** English: route steps and the no-results text. */
export const laterEn: LaterMessages = {
  locale: 'en',
  routes: {
    self: { heading: 'Help for you', intro: 'Pick what feels right for you now. You can try more than one.' },
    other: { heading: 'You’re worried about someone', intro: 'It’s good that you care. A small gesture can mean a lot.' },
  },
  steps: {
    talk: { title: 'Talk to someone now', why: 'Getting things off your chest helps. The helplines above answer day and night, and you don’t have to give your name.' },
    meet: { title: 'Meet people near you', why: 'A chat on a bench or doing something together: small moments of contact make a difference.' },
    contact: { title: 'Ask someone local to get in touch', why: 'The city’s loneliness contact point finds someone near you who will call or email you within 24 hours.' },
    conversation: { title: 'Start the conversation', why: 'You don’t need to have the answers. Showing you’re there already helps.' },
    together: { title: 'Do something together', why: 'Going out or doing something side by side makes the first step smaller for someone who feels alone.' },
    reachOut: { title: 'Ask someone local to reach out', why: 'The city’s loneliness contact point asks someone local to get in touch with them within 24 hours.' },
  },
  conversationTips: [
    'Say hello, stop for a chat or give them a ring.',
    'Ask how they’re really doing, and listen.',
    'Are they thinking about suicide? Call a suicide prevention line together (see above).',
  ],
  reportFromRoute: { self: 'Ask to be contacted', other: 'Ask for someone to contact them' },
  routeBack: 'Back to the choice',
};
