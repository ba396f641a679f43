import { BUILT_IN_TEXTS } from './built-in-texts.js';
import { mechelenFacts } from './mechelen-facts.js';
import { translateContent } from './translate.js';
import { withSources } from './sources.js';
import { builtInSources } from './translations/sources.js';
import type { Content } from './types.js';

export { withMeldpuntTexts } from './built-in-texts.js';

/** The built-in content for Mechelen, in Dutch: the facts, their sources and all their Dutch texts. */
export const mechelenContent: Content = withSources(translateContent(mechelenFacts, 'nl', BUILT_IN_TEXTS.nl), builtInSources);
