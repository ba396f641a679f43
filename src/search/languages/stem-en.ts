/**
 * A light stemmer: it need not give dictionary words, only the same stem for the
 * forms residents type and the forms the content uses ("neighbours" → "neighbour").
 * Input is already normalized (lower case, no accents).
 */

const isConsonant = (char: string | undefined): boolean => char !== undefined && /[b-df-hj-np-tv-xz]/.test(char);

export function stemEnglish(word: string): string {
  if (word.length < 4) return word;
  let stem = word;
  if (stem.endsWith('iness')) return `${stem.slice(0, -5)}y`;
  if (stem.endsWith('ness') && stem.length > 6) return stem.slice(0, -4);
  if (stem.endsWith('ies') && stem.length > 4) return `${stem.slice(0, -3)}y`;
  if (stem.endsWith('sses')) return stem.slice(0, -2);
  if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length >= 6) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length >= 5) stem = stem.slice(0, -2);
  else if (stem.endsWith('al') && stem.length >= 7) stem = stem.slice(0, -2);
  if (stem.length >= 4 && stem.at(-1) === stem.at(-2) && isConsonant(stem.at(-1)) && !/(?:ll|ss)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length >= 5) stem = stem.slice(0, -1);
  return stem;
}
