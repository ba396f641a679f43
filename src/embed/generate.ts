import { BUILT_IN_TEXTS } from '../content/built-in-texts.js';
import { mechelenFacts } from '../content/mechelen-facts.js';
import { findPartner } from '../content/select.js';
import { translateContent } from '../content/translate.js';
import type { Content } from '../content/types.js';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { nl } from '../i18n/nl.js';
import { escapeHtml, escapeJsonForScript } from './escape.js';
import { fallbackHtml } from './fallback-html.js';
import { preloadLinks } from './preload-links.js';
import { scriptFiles } from './script-files.js';
import { buildJsonLd, type JsonLd } from './json-ld.js';

/** What a partner chooses; everything is optional except where the script lives. */
export interface EmbedOptions {
  /** URL of `eenzaamheid-hulp.js` on the partner's (or the city's) server. */
  scriptSrc: string;
  partner?: string | undefined;
  lang?: Locale | undefined;
  endpoint?: string | undefined;
  format?: 'json' | 'open311' | undefined;
  serviceCode?: string | undefined;
  /** Open311 `api_key` the receiver gave the partner (with format open311). */
  apiKey?: string | undefined;
  audience?: string | undefined;
  sections?: string | undefined;
  headingLevel?: number | undefined;
  theme?: 'light' | 'dark' | undefined;
  contentSrc?: string | undefined;
  /** Content for the fallback and JSON-LD; the built-in Mechelen content by default. */
  content?: Content | undefined;
  /** Write the JSON-LD block (default true). */
  jsonLd?: boolean | undefined;
  /**
   * Write `modulepreload` hints for the main chunk and the language pack (default true),
   * so they download beside the script instead of after it. They name the hashed files
   * of this package's build: paste fresh embed code when you put a new build on your
   * server (a stale hint costs one failed request, never a broken widget).
   */
  preload?: boolean | undefined;
}

export interface Embed {
  /** Everything to paste: script tag, JSON-LD and the element with its fallback content. */
  html: string;
  /** The JSON-LD object written into `html`. */
  jsonLd: JsonLd | undefined;
  /** The fallback content alone (inside the element in `html`). */
  fallback: string;
}

const MESSAGES: Record<Locale, Messages> = { nl, fr, en };

/** The built-in content with one language's words. */
export function builtInContent(locale: Locale): Content {
  return translateContent(mechelenFacts, locale, BUILT_IN_TEXTS[locale]);
}

/** Class of the block-level wrapper around the element in the embed code (a hook for the partner's CSS). */
export const WRAPPER_CLASS = 'eenzaamheid-hulp-embed';

function attributes(options: EmbedOptions, locale: Locale, level: number): string {
  const pairs: [string, string | number | undefined][] = [
    ['partner', options.partner],
    ['lang', locale],
    ['audience', options.audience],
    ['sections', options.sections],
    ['heading-level', level],
    ['theme', options.theme],
    ['content-src', options.contentSrc],
    ['endpoint', options.endpoint],
    ['format', options.format && options.format !== 'json' ? options.format : undefined],
    ['service-code', options.serviceCode],
    ['api-key', options.format === 'open311' ? options.apiKey : undefined],
  ];
  return pairs
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/**
 * The embed code for a partner: one script tag, the JSON-LD block, and the element
 * with its attributes and plain-HTML fallback content. Used by the CLI
 * (`npx eenzaamheid-hulp embed`), the demo's "embed code" panel and the tests.
 */
export function generateEmbed(options: EmbedOptions): Embed {
  const locale: Locale = options.lang && options.lang in MESSAGES ? options.lang : 'nl';
  const level = Math.min(6, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const content = options.content ?? builtInContent(locale);
  const partner = options.partner ? findPartner(content, options.partner.trim().toLowerCase()) : undefined;
  const fallback = fallbackHtml({ content, messages: MESSAGES[locale], locale, level, partner });
  const jsonLd = options.jsonLd === false ? undefined : buildJsonLd(content, locale, partner?.id);
  const html = [
    `<script type="module" src="${escapeHtml(options.scriptSrc)}"></script>`,
    ...(options.preload !== false && scriptFiles ? preloadLinks(options.scriptSrc, scriptFiles, locale) : []),
    jsonLd ? `<script type="application/ld+json" data-eenzaamheid-hulp>${escapeJsonForScript(JSON.stringify(jsonLd))}</script>` : '',
    // A block-level wrapper: until the script runs, <eenzaamheid-hulp> is an unknown
    // inline element, and a theme's content width (WordPress's `.is-layout-constrained > *`,
    // say) does not apply to inline boxes, so the fallback would span the whole page.
    `<div class="${WRAPPER_CLASS}">`,
    `<eenzaamheid-hulp${attributes(options, locale, level)}>`,
    fallback,
    '</eenzaamheid-hulp>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
  return { html, jsonLd, fallback };
}
