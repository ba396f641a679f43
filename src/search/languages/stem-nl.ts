/**
 * A light stemmer: it need not give dictionary words, only the same stem for the
 * forms residents type and the forms the content uses ("bankje", "banken" and "bank" → "bank"; "buren" and "buur" → "buur").
 * Input is already normalized (lower case, no accents).
 */

const isVowel = (char: string | undefined): boolean => char !== undefined && 'aeiouy'.includes(char);
const isConsonant = (char: string | undefined): boolean => char !== undefined && /[a-z]/.test(char) && !isVowel(char);

/** "mann" → "man"; "bur" → "buur" (an open syllable keeps its long vowel: buren → buur, praten → praat). */
function dutchStemEnd(stem: string): string {
  const last = stem.at(-1);
  const before = stem.at(-2);
  if (stem.length >= 3 && last === before && isConsonant(last)) return stem.slice(0, -1);
  if (stem.length >= 3 && isConsonant(last) && 'aeou'.includes(before ?? '') && isConsonant(stem.at(-3))) {
    const end = last === 'v' ? 'f' : last === 'z' ? 's' : last!;
    return `${stem.slice(0, -1)}${before}${end}`;
  }
  if (last === 'v') return `${stem.slice(0, -1)}f`;
  if (last === 'z') return `${stem.slice(0, -1)}s`;
  return stem;
}

export function stemDutch(word: string): string {
  if (word.length < 4) return word;
  // Diminutives: bankje(s), mannetje, babbeltje, bloempje, koffietje.
  const diminutive = /^(.{2,}?)(?:etjes|etje)$/.exec(word);
  if (diminutive && diminutive[1]!.at(-1) === diminutive[1]!.at(-2)) return diminutive[1]!.slice(0, -1);
  const je = /^(.{2,}?)jes?$/.exec(word);
  if (je) {
    let stem = je[1]!;
    if (stem.endsWith('t') && /(?:e[lnr]|ie|oe|ee|eu|ui|ou|au|ei|ij)t$/.test(stem)) stem = stem.slice(0, -1);
    else if (stem.endsWith('mp')) stem = stem.slice(0, -1);
    return stem;
  }
  if (word.endsWith('heden') && word.length > 7) return word.slice(0, -5);
  if (word.endsWith('heid') && word.length > 6) return word.slice(0, -4);
  if (word.endsWith('ingen') && word.length > 7) return dutchStemEnd(word.slice(0, -5));
  if (word.endsWith('ing') && word.length > 5) return dutchStemEnd(word.slice(0, -3));
  if (word.endsWith('en') && word.length >= 5) return dutchStemEnd(word.slice(0, -2));
  // Plurals and verb forms on -el/-er: "ouders", "tafels", "luistert", "babbelt".
  if (/e[lr][st]$/.test(word) && word.length >= 5) return word.slice(0, -1);
  if (word.endsWith('e') && word.length >= 5 && isConsonant(word.at(-2))) return dutchStemEnd(word.slice(0, -1));
  return word;
}
