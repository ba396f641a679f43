import { en } from './en.mjs';
import { fr } from './fr.mjs';
import { nl } from './nl.mjs';

/** The work section's and e-mails' texts per language; Dutch when the language is unknown. */
export const WORK_MESSAGES = { nl, fr, en };

/** @param {string | null | undefined} lang */
export function workMessages(lang) {
  return lang && Object.hasOwn(WORK_MESSAGES, lang) ? WORK_MESSAGES[/** @type {'nl' | 'fr' | 'en'} */ (lang)] : nl;
}
