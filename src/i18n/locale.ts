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

/** Formats an ISO date (YYYY-MM-DD) the way residents of that locale write it. */
/** A source's date as precise as it is known: "2022", "april 2023" or "28 april 2022". */
export function formatSourceDate(value: string, locale: Locale): string {
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-15T12:00:00Z`);
    return new Intl.DateTimeFormat(`${locale}-BE`, { month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
  }
  return value.length === 4 ? value : formatDate(value, locale);
}

export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(`${locale}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(date);
}
