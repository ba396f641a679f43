import type { Route } from '../content/types.js';

/** The reach events a host page can count: never the query, never personal data. */
export interface ReachEventDetails {
  /** The widget was at least half visible for a second (once per element). */
  'eh-view': Record<string, never>;
  'eh-resource-click': { resourceId: string; kind: 'tel' | 'web' | 'mail' };
  'eh-search': { resultCount: number };
  'eh-route': { route: Route };
}
