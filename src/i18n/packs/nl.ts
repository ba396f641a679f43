/** The Dutch locale pack: interface text and the Dutch texts of the built-in content. */
export { nl as messages } from '../nl.js';
export { mechelenNl as contentTexts } from '../../content/translations/mechelen.nl.js';
