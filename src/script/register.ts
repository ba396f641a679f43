/**
 * The main code of the script-tag build: loading it registers `<eenzaamheid-hulp>`
 * unless the name is taken (a second copy of the script, say). Only this one name: the
 * npm build's `defineEenzaamheidHulp(tagName)` (src/define.ts) also takes others.
 */
import { EenzaamheidHulp } from '../element/eenzaamheid-hulp.js';

if (!customElements.get('eenzaamheid-hulp')) customElements.define('eenzaamheid-hulp', EenzaamheidHulp);
