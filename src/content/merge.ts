import type { Content } from './types.js';

/**
 * 112, 1813 and 106 must be reachable whatever a content file says. A partner's
 * file that leaves one out (or marks it non-urgent) gets the built-in line back.
 */
export const REQUIRED_URGENT_NUMBERS: readonly string[] = ['112', '1813', '106'];

export function withRequiredUrgentLines(content: Content, builtIn: Content): Content {
  const present = new Set(content.helplines.filter((line) => line.urgent).map((line) => line.number.replace(/\s/g, '')));
  const missing = builtIn.helplines.filter(
    (line) => line.urgent && REQUIRED_URGENT_NUMBERS.includes(line.number) && !present.has(line.number),
  );
  if (missing.length === 0) return content;
  const missingIds = new Set(missing.map((line) => line.id));
  return {
    ...content,
    helplines: [...missing, ...content.helplines.filter((line) => !missingIds.has(line.id))],
  };
}

/**
 * A content file may fall back on built-in parts (the urgent lines, the meldpunt,
 * the partners), which arrive without words. This swaps each of those parts, found
 * by identity, for its counterpart in the localized built-in content.
 */
export function localizeBuiltInParts(content: Content, facts: Content, localized: Content): Content {
  const swap = <T>(items: T[], from: readonly T[], to: readonly T[]): T[] =>
    items.map((item) => {
      const index = from.indexOf(item);
      return index >= 0 ? (to[index] ?? item) : item;
    });
  return {
    ...content,
    helplines: swap(content.helplines, facts.helplines, localized.helplines),
    initiatives: swap(content.initiatives, facts.initiatives, localized.initiatives),
    partners: content.partners === facts.partners ? localized.partners : content.partners,
    meldpunt: content.meldpunt === facts.meldpunt ? localized.meldpunt : content.meldpunt,
  };
}
