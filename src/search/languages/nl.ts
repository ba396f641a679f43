import { keywordsNl } from '../../content/translations/keywords.nl.js';
import { noResultsNl } from '../../i18n/no-results/nl.js';
import type { SearchLanguage } from '../language.js';
import { stemDutch } from './stem-nl.js';

/** Dutch: stop words, the stemmer, the built-in content's search words and the no-results text (one chunk, loaded with the search). */
export const dutch: SearchLanguage = {
  stopWords: new Set(
    `ik je jij u hij zij ze we wij jullie me mij mijn m n jouw zijn haar ons onze hun het de een en
    of maar want dus dat die dit deze er hier daar is ben bent was waren heb hebt heeft hebben had
    wil wilt willen kan kun kunt kunnen moet moeten mag zou zal ga gaat gaan word wordt worden doe
    doet doen voel voelt voelen zit zitten in op aan met voor van naar om te bij uit over door tot
    als dan zo heel erg echt wel niet geen nog al ook meer veel weinig altijd soms vaak hele
    helemaal iets wat wie waar hoe waarom wanneer graag gewoon even eens toch nu mee zelf beetje
    ergens iemand andere anders jaar
    k ge gij da wa ff mn zn tegen`.split(/\s+/),
  ),
  stem: stemDutch,
  keywords: keywordsNl,
  noResults: noResultsNl,
  spelling: (word) => word.replaceAll('ij', 'ei'),
};
