import type { SearchLanguage } from './language.js';
import { normalize } from './normalize.js';

/** Splits normalized text into words ("65-plussers" → "65", "plussers"; "j'ai" → "j", "ai"). */
export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  return normalized ? normalized.split(' ') : [];
}

/**
 * The terms a word stands for in a language: nothing for a stop word, else the word
 * and its stem ("bankje" → "bankje", "bank"). Indexing and queries use the same terms,
 * so every form a resident types meets every form the content uses.
 */
export function termsFor(language: SearchLanguage): (word: string) => string[] | null {
  const { stopWords, stem, spelling } = language;
  return (raw) => {
    if (!raw || stopWords.has(raw)) return null;
    const age = ageTerm(raw);
    if (age) return [raw, age];
    const word = spelling ? spelling(raw) : raw;
    const stemmed = stem(word);
    return stemmed === word ? [word] : [word, stemmed];
  };
}

/** The audience terms an item is indexed with, and that an age in a query stands for ("ik ben 15" → young people). */
export const AUDIENCE_TERMS = { youth: 'audienceyouth', seniors: 'audienceseniors' } as const;

function ageTerm(word: string): string | undefined {
  if (!/^\d{2}$/.test(word)) return undefined;
  const age = Number(word);
  if (age >= 10 && age <= 25) return AUDIENCE_TERMS.youth;
  if (age >= 60) return AUDIENCE_TERMS.seniors;
  return undefined;
}

/** "lonley" → "lonely": a swap of two neighbouring letters, the commonest typo, when the swapped word is known. */
export function fixSwappedLetters(word: string, known: ReadonlySet<string>): string {
  if (word.length < 4 || known.has(word)) return word;
  for (let i = 0; i < word.length - 1; i += 1) {
    const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    if (known.has(swapped)) return swapped;
  }
  return word;
}

/**
 * "picknickbank" → ["picknick", "bank"]: a word the index does not know, read as two words it
 * does (Dutch and English write compounds the content may not use), with a Dutch linking "s" or
 * "e" allowed ("buurtsfeest"). Parts have four letters or more; the longest known first part wins.
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): string[] {
  if (word.length < 8 || isKnown(word)) return [word];
  for (let end = word.length - 4; end >= 4; end -= 1) {
    const head = word.slice(0, end);
    if (!isKnown(head)) continue;
    const rest = word.slice(end);
    for (const tail of [rest, ...(/^[se]/.test(rest) && rest.length > 4 ? [rest.slice(1)] : [])]) {
      if (isKnown(tail)) return [head, tail];
    }
  }
  return [word];
}

/** Words of suicide and dying: starts of longer words, and short words that count only whole ("die", not "dienst"). */
const CRISIS_STARTS = /^(?:zelfmoord|zelfdoding|suicid|sterven|mourir|dying|kill|unalive)/;
const CRISIS_WORDS = new Set(['dood', 'doodgaan', 'die', 'dead', 'tuer', 'tue', 'kms']);

/**
 * Whether a query speaks of suicide or dying: the zero-results text then puts 1813 first, and
 * the search puts the crisis lines it found first. A language's stop words are left out (Dutch "die" is "that").
 */
export function isCrisisQuery(query: string, stopWords: ReadonlySet<string> = new Set()): boolean {
  return tokenize(query).some((word) => !stopWords.has(word) && (CRISIS_WORDS.has(word) || CRISIS_STARTS.test(word)));
}
