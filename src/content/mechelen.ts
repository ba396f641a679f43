import { mechelenFacts } from './mechelen-facts.js';
import { translateContent } from './translate.js';
import { mechelenNl } from './translations/mechelen.nl.js';
import type { Content } from './types.js';

/** The built-in content for Mechelen, in Dutch: the facts plus their Dutch texts. */
export const mechelenContent: Content = translateContent(mechelenFacts, 'nl', mechelenNl);
