/**
 * Where the content's facts come from: the source line on each card and the built-in
 * items' sources. Loaded when the page is idle after the first render (cards show
 * their source line once it is here), so the first render stays within its budget.
 */
export { provenanceLine } from './line.js';
export { withSources } from '../../content/sources.js';
export { builtInSources } from '../../content/translations/sources.js';
