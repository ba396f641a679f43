/** The reach chunk, loaded at idle: `eh-view`, `eh-resource-click` and, opted in, the beacon. */
export { startReach } from './start.js';
