import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../content/types.js';
import { localize } from '../../content/localize.js';
import { safeHref } from '../../content/safe-url.js';
import type { Locale } from '../../i18n/locale.js';

/** Localized content text; marks a Dutch fallback with lang="nl" for screen readers. */
export function text(value: LocalizedText, locale: Locale): TemplateResult {
  const { text: content, lang } = localize(value, locale);
  return lang ? html`<span lang=${lang}>${content}</span>` : html`${content}`;
}

/**
 * A link whose href passed the allowlist (https:, tel:, mailto:). Anything else
 * renders as plain text: the resident still sees the words, never a live bad URL.
 */
export function safeLink(href: string | undefined, content: unknown, options: { part?: string; label?: string } = {}): unknown {
  const safe = safeHref(href);
  if (!safe) return content;
  return html`<a
    href=${safe}
    rel="noreferrer"
    part=${options.part ?? nothing}
    aria-label=${options.label ?? nothing}
    >${content}</a
  >`;
}
