/**
 * Script-tag entry: `<script type="module" src="…/eenzaamheid-hulp.js">` registers the element.
 *
 * This file imports nothing statically, so the moment it runs it starts the main code
 * and the page's language pack side by side: the first render waits for two requests
 * in a row (this file, then both), not three. It waits for the main code with a
 * top-level `await`, so `import 'eenzaamheid-hulp/script'` still resolves once the
 * element is defined. It exports the class's type only (the class itself is
 * `import { EenzaamheidHulp } from 'eenzaamheid-hulp'`): every byte here comes before
 * the first render.
 */
import { guessPageLocale, startLanguagePack } from './script/language-packs.js';

const registered = import('./script/register.js');
startLanguagePack(guessPageLocale(document));
await registered;

export type { EenzaamheidHulp } from './element/eenzaamheid-hulp.js';
