/** The English locale pack: interface text and the English texts of the built-in content. */
export { en as messages } from '../en.js';
export { mechelenEn as contentTexts } from '../../content/translations/mechelen.en.js';
