import { mechelenFacts } from './mechelen-facts.js';
import { translateContent, type ContentTranslations } from './translate.js';
import { meldpuntTextsNl } from './translations/meldpunt.nl.js';
import { mechelenNl } from './translations/mechelen.nl.js';
import type { Content } from './types.js';

/** A language's content texts together with the meldpunt's form texts (which the widget loads with the form). */
export function withMeldpuntTexts(texts: ContentTranslations, meldpunt: { whatNext: string; privacy: string }): ContentTranslations {
  return { ...texts, meldpunt: { ...texts.meldpunt, ...meldpunt } };
}

/** The built-in content for Mechelen, in Dutch: the facts plus all their Dutch texts. */
export const mechelenContent: Content = translateContent(mechelenFacts, 'nl', withMeldpuntTexts(mechelenNl, meldpuntTextsNl));
