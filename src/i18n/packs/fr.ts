/** The French locale pack: interface text and the built-in content's French texts. */
export { fr as messages } from '../fr.js';
export { mechelenFr as contentTranslations } from '../../content/translations/mechelen.fr.js';
