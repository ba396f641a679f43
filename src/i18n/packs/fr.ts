/** The French locale pack: interface text and the French texts of the built-in content. */
export { fr as messages } from '../fr.js';
export { mechelenFr as contentTexts } from '../../content/translations/mechelen.fr.js';
