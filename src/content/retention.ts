/**
 * How long the meldpunt keeps a report's personal fields, for the built-in (Mechelen)
 * content: erased `monthsAfterClose` months after the report is closed, and after
 * `maxMonths` even if it is never closed. One source for both products: the widget's
 * privacy text states these figures and the reference receiver erases on them. A content
 * file may set its own `meldpunt.retention`; the receiver then reads the same file.
 *
 * Kept out of the built-in facts so the first render does not download it: only the
 * form (a lazy chunk) and the receiver need it.
 */
export interface Retention {
  monthsAfterClose: number;
  maxMonths: number;
}

export const BUILT_IN_RETENTION: Readonly<Retention> = Object.freeze({ monthsAfterClose: 6, maxMonths: 12 });

/** The placeholders a privacy text uses for the retention figures. */
export const RETENTION_PLACEHOLDERS = ['monthsAfterClose', 'maxMonths'] as const;

/**
 * A privacy text with `{monthsAfterClose}` and `{maxMonths}` filled in as durations in
 * the text's own language, with its plural forms ("1 maand", "6 maanden", "6 mois",
 * "12 months"), so the text states the figures the receiver erases on and nobody types
 * them twice.
 */
export function withRetentionFigures(text: string, retention: Retention, locale: string): string {
  const months = new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' });
  return text.replace(/\{(monthsAfterClose|maxMonths)\}/g, (_, key: (typeof RETENTION_PLACEHOLDERS)[number]) => months.format(retention[key]));
}
