import type { Locale } from './locale.js';

/**
 * Headings only the crawlable fallback HTML uses (the embed generator's output, which
 * lists local initiatives and the other helplines under their own headings). Not part
 * of the widget's first-render language pack.
 */
export const fallbackHeadings: Readonly<Record<Locale, { readonly initiatives: string; readonly helplines: string }>> = {
  nl: { initiatives: 'In Mechelen', helplines: 'Om mee te praten' },
  fr: { initiatives: 'À Malines', helplines: 'Pour parler à quelqu’un' },
  en: { initiatives: 'In Mechelen', helplines: 'Someone to talk to' },
};
