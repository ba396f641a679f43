import type { Content } from './types.js';

/**
 * A content file may fall back on built-in parts (the urgent lines, the meldpunt,
 * the partners) or, when it extends the built-in content, keep built-in items or
 * change some of their fields. The widget has those parts without words until its
 * language pack arrives: this puts in each built-in part's localized counterpart.
 * An unchanged part (found by identity) is swapped whole; a changed one keeps the
 * fields the file gave and takes the others from the localized built-in item.
 */
export function localizeBuiltInParts(content: Content, facts: Content, localized: Content): Content {
  const swap = <T extends { id: string }>(items: readonly T[], from: readonly T[], to: readonly T[]): T[] =>
    items.map((item) => {
      const same = from.indexOf(item);
      if (same >= 0) return to[same] ?? item;
      const index = from.findIndex((candidate) => candidate.id === item.id);
      return index >= 0 && to[index] ? relocalize(item, from[index]!, to[index]!) : item;
    });
  return {
    ...content,
    helplines: swap(content.helplines, facts.helplines, localized.helplines),
    initiatives: swap(content.initiatives, facts.initiatives, localized.initiatives),
    partners: swap(content.partners, facts.partners, localized.partners),
    meldpunt: content.meldpunt === facts.meldpunt ? localized.meldpunt : relocalize(content.meldpunt, facts.meldpunt, localized.meldpunt),
  };
}

/** A built-in item a file changed: the fields it still shares with the word-less facts come from the localized item. */
function relocalize<T extends object>(item: T, facts: T, localized: T): T {
  const out = { ...item };
  for (const key of Object.keys(facts) as (keyof T)[]) {
    if (item[key] === facts[key]) out[key] = localized[key];
  }
  return out;
}
