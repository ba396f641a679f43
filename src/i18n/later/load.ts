import type { Locale } from '../locale.js';
import type { LaterMessages } from './messages.js';

const importers: Record<Locale, () => Promise<LaterMessages>> = {
  nl: () => import('./nl.js').then((module) => module.laterNl),
  fr: () => import('./fr.js').then((module) => module.laterFr),
  en: () => import('./en.js').then((module) => module.laterEn),
};

/** One language's later words (a chunk per language). */
export function loadLaterMessages(locale: Locale): Promise<LaterMessages> {
  return importers[locale]();
}
