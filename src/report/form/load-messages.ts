import type { FormMessages } from '../../i18n/form/messages.js';
import type { Locale } from '../../i18n/locale.js';

/** The form's words in one language, with the built-in meldpunt's form texts: a small chunk each. */
export interface FormWords {
  form: FormMessages;
  /** What happens next and the privacy statement of the built-in meldpunt. */
  meldpunt: { whatNext: string; privacy: string };
}

export async function loadFormMessages(locale: Locale): Promise<FormWords> {
  if (locale === 'fr') {
    const module = await import('../../i18n/form/fr.js');
    return { form: module.formFr, meldpunt: module.meldpuntTextsFr };
  }
  if (locale === 'en') {
    const module = await import('../../i18n/form/en.js');
    return { form: module.formEn, meldpunt: module.meldpuntTextsEn };
  }
  const module = await import('../../i18n/form/nl.js');
  return { form: module.formNl, meldpunt: module.meldpuntTextsNl };
}
