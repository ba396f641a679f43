import type { Locale } from './locale.js';

/**
 * Words of the source lines ("Bron: …, van april 2023. Gegevens nagekeken op …"), in
 * every language: they come with the source lines' chunk after the first render (and
 * the crawlable fallback uses `checkedOn`), not with the first-render language pack.
 */
export interface ProvenanceMessages {
  readonly source: string;
  /** When the source dates from, after its name. */
  readonly sourceOf: (date: string) => string;
  /** Only for facts checked against a current source on that day. */
  readonly checkedOn: (date: string) => string;
  /** Opens the urgent lines' sources: short, so it fits the one line kept free for it. */
  readonly summary: string;
}

export const provenanceMessages: Readonly<Record<Locale, ProvenanceMessages>> = {
  nl: {
    summary: 'Bronnen en data',
    source: 'Bron',
    sourceOf: (date) => `, van ${date}`,
    checkedOn: (date) => `Gegevens nagekeken op ${date}`,
  },
  fr: {
    summary: 'Sources et dates',
    source: 'Source',
    sourceOf: (date) => `, ${date}`,
    checkedOn: (date) => `Informations vérifiées le ${date}`,
  },
  en: {
    summary: 'Sources and dates',
    source: 'Source',
    sourceOf: (date) => `, ${date}`,
    checkedOn: (date) => `Details checked on ${date}`,
  },
};
