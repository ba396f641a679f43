import type { Content } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';
import { buildJsonLd } from './json-ld.js';

const SELECTOR = 'script[type="application/ld+json"][data-eenzaamheid-hulp]';

/**
 * Adds the meldpunt's JSON-LD to the document head once, unless the page already
 * has it (the embed generator writes it into the page). Under enforced Trusted Types
 * a script's text cannot be set without a policy: then nothing is added.
 * Returns whether a block is on the page afterwards.
 */
export function addStructuredData(doc: Document, content: Content, locale: Locale, partner: string | undefined): boolean {
  if (doc.querySelector(SELECTOR)) return true;
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.eenzaamheidHulp = '';
  try {
    // A text node, not `textContent`: under enforced Trusted Types a data block's
    // text added this way is neither a sink nor run.
    script.append(document.createTextNode(JSON.stringify(buildJsonLd(content, locale, partner))));
  } catch {
    return false;
  }
  doc.head.append(script);
  return true;
}
