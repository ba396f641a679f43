/** Script-tag entry: `<script type="module" src="…/eenzaamheid-hulp.js">` registers the element. */
import './define.js';
export { EenzaamheidHulp } from './element/eenzaamheid-hulp.js';
