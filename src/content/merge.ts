import type { Content } from './types.js';

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
