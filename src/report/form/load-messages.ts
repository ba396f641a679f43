import type { FormMessages } from '../../i18n/form/messages.js';
import type { Locale } from '../../i18n/locale.js';

/** The form's words in one language: a small chunk of their own, fetched with the form. */
export async function loadFormMessages(locale: Locale): Promise<FormMessages> {
  if (locale === 'fr') return (await import('../../i18n/form/fr.js')).formFr;
  if (locale === 'en') return (await import('../../i18n/form/en.js')).formEn;
  return (await import('../../i18n/form/nl.js')).formNl;
}
