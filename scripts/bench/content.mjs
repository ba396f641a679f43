/**
 * A generated content file with many initiatives, valid against src/content/schema.ts
 * (ids [a-z0-9-], `name.nl`, audiences, routes, forWhom, offer, source, checked
 * YYYY-MM-DD). The helplines, urgent 112, 1813 and 106 among them, are the built-in
 * Mechelen ones in all three languages from the library build (dist/lib). Seeded, so
 * every run serves the same file.
 */
import { mechelenContentAllLanguages } from '../../dist/lib/content/mechelen-all-languages.js';

/** The widget refuses a content file longer than this (src/content/load-content.ts). */
export const MAX_CONTENT_CHARS = 512 * 1024;

const AUDIENCES = ['everyone', 'youth', 'seniors', 'carers'];
const KINDS = [
  'Buurtcafé', 'Wandelclub', 'Praatgroep', 'Koffiemoment', 'Mantelzorgcafé', 'Jongerenhuis', 'Seniorenclub',
  'Buddywerking', 'Kookatelier', 'Moestuin', 'Leesclub', 'Zangkoor', 'Fietsgroep', 'Babbelbank', 'Repaircafé',
  'Studentenpunt', 'Ontmoetingshuis', 'Vriendschapsdienst', 'Telefooncirkel', 'Sportnamiddag',
];
const PLACES = [
  'Nekkerspoel', 'Battel', 'Heembeemd', 'Muizen', 'Walem', 'Heffen', 'Leest', 'Hombeek', 'Tervuursesteenweg',
  'Ganzendries', 'Arsenaal', 'Vrijbroek', 'Kauwenberg', 'Oud Mechelen', 'Coloma', 'Brusselpoort',
];
const FOR_WHOM = {
  everyone: ['Iedereen', 'Iedereen in de buurt', 'Buren die elkaar willen ontmoeten', 'Wie zich alleen voelt'],
  youth: ['Jongeren van 12 tot 25 jaar', 'Studenten', 'Kinderen en jongeren', 'Jonge mensen die weinig vrienden hebben'],
  seniors: ['Ouderen', 'Senioren die alleen wonen', 'Ouderen en hun buren', 'Oudere mensen in de wijk'],
  carers: ['Mantelzorgers', 'Mantelzorgers en hun familie', 'Wie voor een ziek familielid zorgt', 'Jonge mantelzorgers'],
};
const SENTENCES = [
  'Je kan hier elke week terecht om samen koffie te drinken en te praten.',
  'Vrijwilligers luisteren naar je verhaal en zoeken samen met jou wat kan helpen.',
  'We wandelen samen door de buurt en ontmoeten onderweg andere buren.',
  'Wie zich eenzaam voelt, is welkom zonder inschrijving.',
  'Jongeren kunnen er zomaar binnenlopen, spelletjes spelen en praten over wat hen dwarszit.',
  'Mantelzorgers krijgen even rust en delen ervaringen met anderen.',
  'Een buddy belt je elke week op voor een praatje.',
  'We koken samen en eten daarna aan één grote tafel.',
  'Ouderen die alleen wonen krijgen bezoek van een vrijwilliger uit de wijk.',
  'Je leert er nieuwe mensen kennen en bouwt aan vriendschap.',
  'Er is een chat voor wie liever niet belt.',
  'Deelname is gratis en je hoeft niets voor te bereiden.',
  'In de zomer trekken we samen naar het park en de markt.',
  'De groep zingt, sport of knutselt, en vooral: je bent er niet alleen.',
];

/** Small, seeded pseudo-random generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** @returns {{ content: object, json: string }} */
export function generateContent({ initiatives = 1000, seed = 20261127 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const items = [];
  for (let i = 0; i < initiatives; i++) {
    const kind = pick(KINDS);
    const place = pick(PLACES);
    const primary = pick(AUDIENCES);
    const audiences = [primary];
    if (primary !== 'everyone' && rand() < 0.3) audiences.push(pick(AUDIENCES.filter((a) => a !== primary)));
    const routes = rand() < 0.5 ? ['self', 'other'] : [rand() < 0.6 ? 'self' : 'other'];
    const first = pick(SENTENCES);
    let second = pick(SENTENCES);
    if (second === first) second = SENTENCES[(SENTENCES.indexOf(first) + 1) % SENTENCES.length];
    const number = String(i + 1).padStart(4, '0');
    const item = {
      id: `b${number}-${slug(kind)}-${slug(place)}`.slice(0, 64),
      name: { nl: `${kind} ${place} ${i + 1}` },
      audiences,
      routes,
      forWhom: { nl: pick(FOR_WHOM[primary]) },
      offer: { nl: `${first} ${second}` },
      source: 'Bench: gegenereerd',
      checked: `2026-${String(1 + Math.floor(rand() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
    };
    const contactRoll = rand();
    if (contactRoll < 0.25) item.contact = { phone: `015 ${String(200000 + i).slice(0, 2)} ${String(i).padStart(2, '0').slice(-2)} ${String(10 + (i % 90))}` };
    else if (contactRoll < 0.45) item.contact = { website: `https://example.org/${slug(kind)}/${i + 1}` };
    items.push(item);
  }
  const content = {
    version: 'bench-1000',
    updated: '2026-11-27',
    helplines: mechelenContentAllLanguages.helplines,
    initiatives: items,
  };
  const json = JSON.stringify(content);
  if (json.length > MAX_CONTENT_CHARS) {
    throw new Error(`generated content is ${json.length} characters, over the widget's ${MAX_CONTENT_CHARS} limit`);
  }
  return { content, json };
}
