import type { Messages } from './messages.js';

export type Locale = Messages['locale'];
export const LOCALES: readonly Locale[] = ['nl', 'fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Maps a BCP 47 tag ("nl-BE", "FR", "en_GB") onto a supported locale, or undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary);
}

/**
 * The element's own `lang` (attribute or property), else the closest ancestor's `[lang]` (crossing shadow
 * roots, so a widget inside another component still follows the page), else Dutch.
 * Returns the tag that was found too, so a caller can warn about an unsupported one.
 */
export function resolveLocale(element: Element, own?: string | null): { locale: Locale; requested: string | null } {
  if (own) return { locale: matchLocale(own) ?? DEFAULT_LOCALE, requested: own };
  let node: Node | null = element.parentNode ?? null;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const requested = node.getAttribute('lang');
      if (requested) return { locale: matchLocale(requested) ?? DEFAULT_LOCALE, requested };
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return { locale: DEFAULT_LOCALE, requested: null };
}
