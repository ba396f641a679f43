import { localize } from '../content/localize.js';
import type { Resource } from '../content/select.js';
import type { LocalizedText } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';
import { AUDIENCE_TERMS, fixSwappedLetters, isCrisisQuery, splitCompound, termsFor, tokenize } from './analyze.js';
import { loadSearchLanguage, PLAIN_LANGUAGE, type KeywordsById, type SearchLanguage } from './language.js';
import { createIndex } from './rank.js';

export { isCrisisQuery } from './analyze.js';

/** A ranked search over a fixed list of resources: best match first. */
export type Searcher = (query: string) => Resource[];

/** A name match weighs most, then the residents' words, then what it is for, then the rest. */
const WEIGHTS = { name: 3, keywords: 2, summary: 1.5, details: 1, audience: 1 };
type Field = keyof typeof WEIGHTS;
const FIELDS = Object.keys(WEIGHTS) as Field[];
/** Results scoring below this share of the best one are noise from a common word; they are left out. */
const MIN_RELATIVE_SCORE = 0.12;

/**
 * The search words for an item in `locale`: its own in that language, else the built-in
 * ones for its id (an item a content file overrides keeps them), else its own Dutch ones.
 */
export function keywordsOf(resource: Resource, locale: Locale, builtIn: KeywordsById): readonly string[] {
  const own = resource.item.keywords;
  const id = resource.item.id;
  return (own && Object.hasOwn(own, locale) ? own[locale] : undefined) ?? (Object.hasOwn(builtIn, id) ? builtIn[id] : undefined) ?? own?.nl ?? [];
}

/** The texts of a resource that the search reads, by field. */
function fields(resource: Resource, locale: Locale, builtIn: KeywordsById): Record<Field, string> {
  const t = (text: LocalizedText | undefined) => (text ? localize(text, locale).text : '');
  const keywords = keywordsOf(resource, locale, builtIn).join(' , ');
  const audiences = resource.item.audiences as readonly string[];
  // An age in a query ("ik ben 70") finds what is made for that age group, not the lines for everyone.
  const audience = Object.entries(AUDIENCE_TERMS)
    .filter(([name]) => audiences.includes(name) && !audiences.includes('everyone'))
    .map(([, term]) => term)
    .join(' ');
  if (resource.kind === 'helpline') {
    const line = resource.item;
    return { name: `${t(line.name)} ${line.number}`, keywords, summary: t(line.purpose), details: t(line.hours), audience };
  }
  const initiative = resource.item;
  return { name: t(initiative.name), keywords, summary: t(initiative.forWhom), details: t(initiative.offer), audience };
}

/**
 * Relevance-ranked search (see rank.ts): a query of several words matches on the
 * words that matter (stop words left out, any word may match, more matches rank
 * higher); words are stemmed per language (diminutives, plurals, feminine forms);
 * a word of four letters or more also finds longer words it starts ("vriend" →
 * "vriendschap"), a word of five letters or more forgives one typo and of nine or
 * more two ("eenzaamhied"), two swapped letters are put back ("lonley"), and an unknown
 * compound is read as the two known words it is made of ("picknickbank"). When the query speaks
 * of suicide or dying, the crisis lines it found come first.
 */
export function createSearcher(resources: readonly Resource[], locale: Locale = 'nl', language: SearchLanguage = PLAIN_LANGUAGE): Searcher {
  const terms = termsFor(language);
  const index = createIndex(
    resources.map((resource) => {
      const texts = fields(resource, locale, language.keywords);
      return FIELDS.map((field) => texts[field]);
    }),
    {
      tokenize,
      terms,
      weights: FIELDS.map((field) => WEIGHTS[field]),
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0),
    },
  );
  const isKnown = (word: string) => (terms(word) ?? []).some((term) => index.vocabulary.has(term));
  return (query) => {
    const words = tokenize(query).flatMap((word) => splitCompound(fixSwappedLetters(word, index.vocabulary), isKnown));
    const hits = index.search(words.join(' '));
    const best = hits[0]?.score ?? 0;
    const found = hits.filter((hit) => hit.score >= best * MIN_RELATIVE_SCORE).map((hit) => resources[hit.doc]!);
    if (!isCrisisQuery(query, language.stopWords)) return found;
    // A crisis line the words found is never dropped as noise, and comes first.
    const crisisLines = hits.map((hit) => resources[hit.doc]!).filter(isCrisisLine);
    return [...crisisLines, ...found.filter((resource) => !isCrisisLine(resource))];
  };
}

const isCrisisLine = (resource: Resource) => resource.kind === 'helpline' && resource.item.crisis === true;

/** Loads the language's search data (a small chunk), then indexes the resources. */
export async function loadSearcher(resources: readonly Resource[], locale: Locale): Promise<Searcher> {
  return createSearcher(resources, locale, await loadLanguage(locale));
}

/** The language's search data; without its chunk (a failed download) the search still finds what the texts say. */
export function loadLanguage(locale: Locale): Promise<SearchLanguage> {
  return loadSearchLanguage(locale).catch(() => PLAIN_LANGUAGE);
}
