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
