import type { ContentTranslations } from '../translate.js';

/**
 * Dutch texts of the French-language lines. Those lines show on French and English
 * pages only (`shownFor`), so the Dutch first-render pack leaves them out; the full
 * built-in content (Node tools, the content export) has them.
 */
export const frenchLinesNl: ContentTranslations['helplines'] = {
  'centre-prevention-suicide': { name: 'Centre de Prévention du Suicide', purpose: 'De Franstalige lijn als je aan zelfmoord denkt, of als je je zorgen maakt om iemand.' },
  'tele-accueil-107': { name: 'Télé-Accueil', purpose: 'De Franstalige lijn voor iedereen die wil praten. Ook eenzaamheid komt vaak ter sprake.' },
  'ecoute-enfants-103': { name: 'Écoute-Enfants', purpose: 'De Franstalige lijn voor kinderen en jongeren die willen praten.' },
  'ecoute-violences-conjugales': { name: 'Écoute Violences Conjugales', purpose: 'De Franstalige lijn bij geweld tussen partners: voor wie het meemaakt, wie het ziet en wie geweld pleegt.' },
};
