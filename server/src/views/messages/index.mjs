import { en } from './en.mjs';
import { fr } from './fr.mjs';
import { nl } from './nl.mjs';

/**
 * The back office's languages: Dutch first (the default, Mechelen's language), French
 * and English. Each message file has the same keys (test/messages.test.mjs).
 */
export const LANGUAGES = /** @type {const} */ (['nl', 'fr', 'en']);
/** @typedef {typeof LANGUAGES[number]} Language */
/** @typedef {typeof nl} Messages */

export const DEFAULT_LANGUAGE = 'nl';

/** @type {Record<Language, Messages>} */
const MESSAGES = { nl, fr, en };

/** @param {unknown} value @returns {value is Language} */
export const isLanguage = (value) => LANGUAGES.includes(/** @type {any} */ (value));

/**
 * The texts of a language; Dutch for anything else.
 * @param {string | null | undefined} lang
 * @returns {Messages}
 */
export function messagesFor(lang) {
  return isLanguage(lang) ? MESSAGES[lang] : nl;
}
