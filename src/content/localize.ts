import type { Locale } from '../i18n/locale.js';
import type { LocalizedText } from './types.js';

export interface LocalizedValue {
  text: string;
  /** Set when the text is not in the requested locale, so screen readers switch voice. */
  lang?: Locale;
}

/** Picks the text for a locale, falling back to Dutch. Reads own properties only. */
export function localize(text: LocalizedText, locale: Locale): LocalizedValue {
  const value = Object.hasOwn(text, locale) ? text[locale] : undefined;
  if (typeof value === 'string' && value) return { text: value };
  return locale === 'nl' ? { text: text.nl } : { text: text.nl, lang: 'nl' };
}
