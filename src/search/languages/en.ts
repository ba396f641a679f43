import { keywordsEn } from '../../content/translations/keywords.en.js';
import { noResultsEn } from '../../i18n/no-results/en.js';
import type { SearchLanguage } from '../language.js';
import { stemEnglish } from './stem-en.js';

/** English: stop words, the stemmer, the built-in content's search words and the no-results text (one chunk, loaded with the search). */
export const english: SearchLanguage = {
  stopWords: new Set(
    `i im me my mine myself you your he she him her his it its we us our they them their a an the and
    or but so to of in on at for with about from by as is am are was were be been being have has had
    do does did want wants need needs would could can should will feel feeling feels get got just
    really very too all always any some what who where how when why there here this that these those
    not no one s t m don doesn ll ve re d into out up
    dont cant wont didnt isnt ive youre u ur`.split(/\s+/),
  ),
  stem: stemEnglish,
  keywords: keywordsEn,
  noResults: noResultsEn,
};
