import { keywordsFr } from '../../content/translations/keywords.fr.js';
import { noResultsFr } from '../../i18n/no-results/fr.js';
import type { SearchLanguage } from '../language.js';
import { stemFrench } from './stem-fr.js';

/** French: stop words, the stemmer, the built-in content's search words and the no-results text (one chunk, loaded with the search). */
export const french: SearchLanguage = {
  stopWords: new Set(
    `je j me m moi tu te t toi se s lui il elle on nous vous ils elles le la les l un une des du de d et ou
    mais donc que qu qui quoi ce c ca cet cette ces mon ma mes ton ta tes son sa ses notre nos votre
    vos leur leurs est suis es sont etre ete ai as a avons avez ont avoir veux veut voudrais
    peut dois faut fais fait faire sens sent sentir en y dans sur pour par avec au aux chez tres
    trop plus pas ne n si comme quand tout tous toute toutes besoin quelqu quelque ans an bien
    vraiment ici la quel quelle aussi
    jsuis chui jme jai jveux jpeux seulement`.split(/\s+/),
  ),
  stem: stemFrench,
  keywords: keywordsFr,
  noResults: noResultsFr,
};
