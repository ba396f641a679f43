import type { LaterMessages } from './messages.js';

/** Dutch (B1): route steps and the no-results text. */
export const laterNl: LaterMessages = {
  locale: 'nl',
  routes: {
    self: { heading: 'Hulp voor jezelf', intro: 'Kies wat nu bij je past. Je mag ook meer dan één ding proberen.' },
    other: { heading: 'Je maakt je zorgen om iemand', intro: 'Fijn dat je om iemand geeft. Een klein gebaar kan al veel betekenen.' },
  },
  steps: {
    talk: { title: 'Praat nu met iemand', why: 'Je verhaal kwijt kunnen lucht op. Tele-Onthaal (106, bovenaan) luistert dag en nacht, en je hoeft je naam niet te zeggen.' },
    meet: { title: 'Ontmoet mensen in je buurt', why: 'Een babbel op een bank of samen iets doen: kleine ontmoetingen maken het verschil.' },
    contact: { title: 'Vraag dat iemand uit de buurt contact met je opneemt', why: 'Het meldpunt zoekt iemand in je buurt die je binnen 24 uur belt of mailt.' },
    conversation: { title: 'Begin het gesprek', why: 'Je hoeft geen oplossing te hebben. Laten merken dat je er bent, helpt al.' },
    together: { title: 'Doe samen iets', why: 'Samen naar buiten gaan of iets doen maakt de stap kleiner voor wie alleen is.' },
    reachOut: { title: 'Vraag dat iemand uit de buurt contact opneemt', why: 'Het meldpunt vraagt iemand uit de buurt om binnen 24 uur contact op te nemen.' },
  },
  conversationTips: [
    'Zeg goeiedag, maak een praatje of bel eens op.',
    'Vraag hoe het echt gaat, en luister.',
    'Denkt iemand aan zelfmoord? Bel samen de Zelfmoordlijn 1813 (bovenaan).',
  ],
  reportFromRoute: { self: 'Vraag dat iemand contact met je opneemt', other: 'Vraag dat iemand contact met die persoon opneemt' },
  routeBack: 'Terug naar de keuze',
};
