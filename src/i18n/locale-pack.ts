import type { ContentTranslations } from '../content/translate.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';

/**
 * Dutch ships in the main file. French and English load as a small chunk beside it
 * the first time they are needed, so a Dutch page downloads only Dutch.
 */
export interface LocalePack {
  readonly messages: Messages;
  /** Texts for the built-in content; Dutch needs none. */
  readonly contentTranslations?: ContentTranslations;
}

const loaded = new Map<Locale, LocalePack>([['nl', { messages: nl }]]);

export function cachedLocalePack(locale: Locale): LocalePack | undefined {
  return loaded.get(locale);
}

export async function loadLocalePack(locale: Locale): Promise<LocalePack> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const pack: LocalePack = locale === 'fr' ? await import('./packs/fr.js') : await import('./packs/en.js');
  loaded.set(locale, pack);
  return pack;
}
