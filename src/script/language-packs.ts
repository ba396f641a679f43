import type { Locale } from '../i18n/locale.js';

/**
 * The script-tag file starts the page's language packs itself, beside the main code,
 * instead of leaving them to the element (which asks only once the main code has
 * arrived and run: a third request in a row before the first render).
 *
 * This module is bundled into the script-tag file, so it cannot share code with the
 * main chunk (the script would wait for it): it repeats the element's rule for picking
 * a language (`resolveLocale` in src/i18n/locale.ts), in short. A wrong guess costs a
 * download, never a wrong language: the element still decides.
 */
const PACKS: Record<Locale, () => Promise<unknown>> = {
  // The same modules src/i18n/locale-pack.ts imports: the same chunk URLs, one download each.
  nl: () => import('../i18n/packs/nl.js'),
  fr: () => import('../i18n/packs/fr.js'),
  en: () => import('../i18n/packs/en.js'),
};

/**
 * The language the page's widgets will most likely ask for: the page's `<html lang>`,
 * which a widget without a `lang` of its own follows (`nl-BE` → `nl`; anything else than
 * nl, fr or en → `nl`, as the element does). A widget in another language gets its pack
 * when it asks (and the generator's embed code names its pack in a `modulepreload` hint).
 */
export function guessPageLocale(doc: Document): Locale {
  const primary = doc.documentElement.lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : 'nl';
}

/** Starts downloading a language's pack; a failure is left to the element, which reports it. */
export function startLanguagePack(locale: Locale): void {
  PACKS[locale]().catch(() => undefined);
}

