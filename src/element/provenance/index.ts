/**
 * Where the content's facts come from: the source lines on the cards, with the
 * built-in items' sources. Loaded when the page is idle after the first render (cards
 * show their source lines once it is here), so the first render stays within its budget.
 */
export { sourceLines, urgentSources } from './line.js';
