import { BUILT_IN_TEXTS } from './built-in-texts.js';
import { mechelenContent } from './mechelen.js';
import { translateContent } from './translate.js';
import type { Content } from './types.js';

/** The built-in content with its French and English texts, for Node tools and content files. */
export const mechelenContentAllLanguages: Content = translateContent(
  translateContent(mechelenContent, 'fr', BUILT_IN_TEXTS.fr),
  'en',
  BUILT_IN_TEXTS.en,
);
