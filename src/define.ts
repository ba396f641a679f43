import { EenzaamheidHulp } from './element/eenzaamheid-hulp.js';

/**
 * Registers `<eenzaamheid-hulp>` unless the name is already taken, so a page that
 * loads the script twice (a CMS block and a theme, say) keeps one working widget.
 */
export function defineEenzaamheidHulp(tagName = 'eenzaamheid-hulp'): void {
  if (!customElements.get(tagName)) customElements.define(tagName, tagName === 'eenzaamheid-hulp' ? EenzaamheidHulp : class extends EenzaamheidHulp {});
}

defineEenzaamheidHulp();
