import { mechelenContent, withMeldpuntTexts } from './mechelen.js';
import { translateContent } from './translate.js';
import { meldpuntTextsEn } from './translations/meldpunt.en.js';
import { meldpuntTextsFr } from './translations/meldpunt.fr.js';
import { mechelenEn } from './translations/mechelen.en.js';
import { mechelenFr } from './translations/mechelen.fr.js';
import type { Content } from './types.js';

/** The built-in content with its French and English texts, for Node tools and content files. */
export const mechelenContentAllLanguages: Content = translateContent(
  translateContent(mechelenContent, 'fr', withMeldpuntTexts(mechelenFr, meldpuntTextsFr)),
  'en',
  withMeldpuntTexts(mechelenEn, meldpuntTextsEn),
);
