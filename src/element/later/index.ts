/**
 * What a resident needs only after the first render: a chosen route's steps and the
 * no-results box, with their styles. A chunk loaded when a resident reaches for a
 * route button or when nothing matches; its words come per language (i18n/later).
 */
export { routePanel, type RoutePanelInput } from './route-panel.js';
export { noResults, type NoResultsInput } from './no-results.js';
export { laterStyles } from './styles.js';
export { loadLaterMessages } from '../../i18n/later/load.js';
