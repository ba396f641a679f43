/**
 * A chosen route's steps, with their styles: a chunk loaded when a resident reaches
 * for a route button; its words come per language (i18n/later).
 */
export { routePanel, type RoutePanelInput } from './route-panel.js';
export { laterStyles } from './styles.js';
export { loadLaterMessages } from '../../i18n/later/load.js';
