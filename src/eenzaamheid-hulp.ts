/**
 * Script-tag entry: `<script type="module" src="…/eenzaamheid-hulp.js">` registers the element.
 *
 * This file imports nothing statically, so the moment it runs it starts the main code
 * and the page's language pack side by side: the first render waits for two requests
 * in a row (this file, then both), not three. It waits for the main code with a
 * top-level `await`, so `import 'eenzaamheid-hulp/script'` still resolves once the
 * element is defined, and exports the class registered as `<eenzaamheid-hulp>`.
 */
import type { EenzaamheidHulp as Element } from './element/eenzaamheid-hulp.js';
import { guessPageLocale, startLanguagePack } from './script/language-packs.js';

const registered = import('./script/register.js');
startLanguagePack(guessPageLocale(document));
await registered;

export const EenzaamheidHulp = customElements.get('eenzaamheid-hulp') as typeof Element;
export type EenzaamheidHulp = Element;
