import type { Locale } from '../i18n/locale.js';
import type { Content, Provenance } from './types.js';

/** A built-in source, with the language its name is written in (a Dutch newspaper stays Dutch on a French page). */
type SourceFacts = Provenance & { readonly sourceLang: Locale };

/** The built-in items' provenance by item id (`meldpunt` for the meldpunt). */
export type BuiltInSources = Readonly<Record<string, SourceFacts & { readonly contact?: SourceFacts }>>;

/**
 * Fills in the provenance of built-in items, whose facts arrive without it (an empty
 * `source`). Items from a content file keep their own.
 */
export function withSources(content: Content, sources: BuiltInSources): Content {
  const own = (id: string) => (Object.hasOwn(sources, id) ? sources[id] : undefined);
  const fill = <T extends { id: string; source: string; contact?: object | undefined }>(item: T): T => {
    const found = item.source ? undefined : own(item.id);
    if (!found) return item;
    const { contact, ...facts } = found;
    return { ...item, ...provenanceOf(facts), ...(contact && item.contact ? { contact: { ...item.contact, ...provenanceOf(contact) } } : {}) };
  };
  const found = !content.meldpunt.source && own('meldpunt');
  const meldpunt = found && provenanceOf(found);
  return {
    ...content,
    helplines: content.helplines.map(fill),
    initiatives: content.initiatives.map(fill),
    meldpunt: meldpunt ? { ...content.meldpunt, ...meldpunt } : content.meldpunt,
  };
}

/** The content's provenance fields of a built-in source (its language is for rendering only). */
function provenanceOf({ sourceLang: _language, ...facts }: SourceFacts): Provenance {
  return facts;
}
