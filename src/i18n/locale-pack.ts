import type { ContentTranslations } from '../content/translate.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

/**
 * The words of one language: interface text plus the built-in content's texts.
 * Each language is a small chunk beside the script, so a page downloads the words
 * of its own language only (Dutch included). The script starts fetching the pack
 * as soon as an element connects; until it arrives the element shows its light-DOM
 * fallback content.
 */
export interface LocalePack {
  readonly messages: Messages;
  readonly contentTexts: ContentTranslations;
}

const loaded = new Map<Locale, LocalePack>();
const loading = new Map<Locale, Promise<LocalePack>>();

const importers: Record<Locale, () => Promise<LocalePack>> = {
  nl: () => import('./packs/nl.js'),
  fr: () => import('./packs/fr.js'),
  en: () => import('./packs/en.js'),
};

export function cachedLocalePack(locale: Locale): LocalePack | undefined {
  return loaded.get(locale);
}

/** Loads a pack once; a failed load is forgotten so the next call tries again. */
export function loadLocalePack(locale: Locale): Promise<LocalePack> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then((pack) => (loaded.set(locale, pack), pack));
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
