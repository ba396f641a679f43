/** The English locale pack: interface text and the built-in content's English texts. */
export { en as messages } from '../en.js';
export { mechelenEn as contentTranslations } from '../../content/translations/mechelen.en.js';
