/**
 * A small relevance-ranked index over a few hundred or thousand short documents,
 * built for the finder (about 1 KB gzip, where a general search library is about
 * 6 KB): BM25+ scores per field with field weights, prefix matches ("vriend" →
 * "vriendschap") and fuzzy matches (edit distance), combined with OR, and documents
 * that match more of the query's terms ranked higher. The scoring follows
 * MiniSearch 7 (BM25+ with k = 1.2, d = 0.5; prefix weight 0.375 and fuzzy weight 0.45,
 * both fading with the distance; score × number of query terms matched), without
 * length normalisation (b = 0): a long list of residents' words is not a weaker match.
 */

export interface IndexOptions {
  /** Words of a text, in order. */
  readonly tokenize: (text: string) => string[];
  /** The terms a word stands for (the word, its stem…), or null for a stop word. Used for texts and queries alike. */
  readonly terms: (word: string) => string[] | null;
  /** Weight of a match in each field, in the order of the documents' fields. */
  readonly weights: readonly number[];
  /** Whether a query term also matches longer terms it starts. */
  readonly prefix: (term: string) => boolean;
  /** How many edits a query term forgives (0: none). */
  readonly fuzzy: (term: string) => number;
}

export interface Hit {
  /** The document's position in the list given to createIndex. */
  readonly doc: number;
  readonly score: number;
}

export interface Index {
  /** Documents that match any term of the query, best first; equal scores keep the documents' order. */
  search(query: string): Hit[];
  /** Every term in the index (to correct a typo towards a known word). */
  readonly vocabulary: ReadonlySet<string>;
}

const K = 1.2;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** term → per field: document → how often the term occurs in that field. */
type Postings = Map<string, Map<number, number>[]>;

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      const value = Math.min(diagonal + (a[i - 1] === b[j - 1] ? 0 : 1), above + 1, row[j - 1]! + 1);
      diagonal = above;
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return row[b.length]!;
}

export function createIndex(documents: readonly (readonly string[])[], options: IndexOptions): Index {
  const { tokenize, terms, weights } = options;
  const postings: Postings = new Map();
  documents.forEach((fields, doc) => {
    fields.forEach((text, field) => {
      for (const word of tokenize(text)) {
        for (const term of terms(word) ?? []) {
          let perField = postings.get(term);
          if (!perField) postings.set(term, (perField = []));
          const counts = (perField[field] ??= new Map());
          counts.set(doc, (counts.get(doc) ?? 0) + 1);
        }
      }
    });
  });
  const total = documents.length;
  /** The longer terms a query term starts and the terms within its edits, with their weights; kept, as typing repeats terms. */
  const expansions = new Map<string, [string, number][]>();
  const expand = (term: string): [string, number][] => {
    const related: [string, number][] = [];
    const prefix = options.prefix(term);
    const edits = options.fuzzy(term);
    if (!prefix && !edits) return related;
    for (const other of postings.keys()) {
      if (other === term) continue;
      if (prefix && other.startsWith(term)) {
        related.push([other, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * (other.length - term.length))]);
      } else if (edits) {
        const distance = editDistance(term, other, edits);
        if (distance <= edits) related.push([other, (FUZZY_WEIGHT * other.length) / (other.length + distance)]);
      }
    }
    return related;
  };

  return {
    vocabulary: new Set(postings.keys()),
    search(query) {
      const found = new Map<number, { score: number; terms: Set<string> }>();
      /** Adds the documents holding `term` for the query term `source`, at `weight`. */
      const add = (source: string, term: string, weight: number) => {
        postings.get(term)?.forEach((counts, field) => {
          const matching = counts.size;
          const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
          for (const [doc, count] of counts) {
            const score = weight * (weights[field] ?? 1) * idf * (D + (count * (K + 1)) / (count + K));
            const hit = found.get(doc);
            if (hit) {
              hit.score += score;
              hit.terms.add(source);
            } else found.set(doc, { score, terms: new Set([source]) });
          }
        });
      };
      for (const word of tokenize(query)) {
        for (const term of terms(word) ?? []) {
          add(term, term, 1);
          let related = expansions.get(term);
          if (!related) expansions.set(term, (related = expand(term)));
          for (const [other, weight] of related) add(term, other, weight);
        }
      }
      return [...found]
        .map(([doc, { score, terms: matched }]) => ({ doc, score: score * matched.size }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
    },
  };
}
