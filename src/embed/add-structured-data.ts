import { html, render } from 'lit';
import type { Content } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';
import { escapeJsonForScript } from './escape.js';
import { buildJsonLd } from './json-ld.js';

const SELECTOR = 'script[type="application/ld+json"][data-eenzaamheid-hulp]';

/**
 * Adds the meldpunt's JSON-LD to the document head once, unless the page already
 * has it (the embed generator writes it into the page). Returns whether a block is
 * on the page afterwards.
 *
 * Why a Lit template: under enforced Trusted Types (`require-trusted-types-for
 * 'script'`), a script element whose text was set by a DOM call is checked when it is
 * inserted, and a data block is no exception: a violation report, even though it never
 * runs. A script parsed from a template (Lit parses through its one allowed policy,
 * `lit-html`) is marked "already started" by the parser, and its clone inherits that, so
 * inserting it runs no check at all. Lit leaves marker comments inside the script;
 * they are removed so the block's HTML is the JSON alone (escaped like the generator's,
 * so a serialised copy of the page cannot end the script early).
 */
export function addStructuredData(doc: Document, content: Content, locale: Locale, partner: string | undefined): boolean {
  if (doc.querySelector(SELECTOR)) return true;
  const holder = doc.createDocumentFragment();
  try {
    render(html`<script type="application/ld+json" data-eenzaamheid-hulp>${escapeJsonForScript(JSON.stringify(buildJsonLd(content, locale, partner)))}</script>`, holder);
  } catch {
    return false;
  }
  const script = holder.querySelector('script');
  if (!script) return false;
  for (const node of [...script.childNodes]) if (node.nodeType !== Node.TEXT_NODE) node.remove();
  script.normalize();
  doc.head.append(script);
  return true;
}
