/**
 * A light stemmer: it need not give dictionary words, only the same stem for the
 * forms residents type and the forms the content uses ("seule" and "seuls" → "seul").
 * Input is already normalized (lower case, no accents).
 */

export function stemFrench(word: string): string {
  if (word.length < 4) return word;
  let stem = word;
  // Adverbs and nouns on -ement: "gratuitement" → "gratuit", "harcelement" → "harcel" (as "harcelé").
  if (stem.endsWith('ement') && stem.length >= 9) return stem.slice(0, -5);
  if (/[sx]$/.test(stem) && stem.length >= 4) stem = stem.slice(0, -1);
  if (stem.endsWith('er') && stem.length >= 5) return stem.slice(0, -2);
  while (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}
