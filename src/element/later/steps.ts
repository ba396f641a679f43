import type { Resource } from '../../content/select.js';
import { filterResources, rankByAudience } from '../../content/select.js';
import type { Audience, Route } from '../../content/types.js';
import type { Locale } from '../../i18n/locale.js';
import type { StepId } from '../../i18n/later/messages.js';

export interface RouteStep {
  readonly id: StepId;
  /** The helplines or initiatives this step points to (never the urgent lines, which stand above). */
  readonly resources: readonly Resource[];
}

const ROUTE_STEPS: Readonly<Record<Route, readonly StepId[]>> = {
  self: ['talk', 'meet', 'contact'],
  other: ['conversation', 'together', 'reachOut'],
};
const MAX_PER_STEP = 3;

/**
 * A route's next steps, each with the few resources that fit it for the audience
 * (the urgent lines, which stand above, are never repeated):
 * for myself, talk to someone now (non-urgent lines), meet people nearby (initiatives),
 * ask someone to contact me; for someone else, start the conversation, do something
 * together (initiatives), ask a local actor to reach out.
 */
export function routeSteps(resources: readonly Resource[], route: Route, audience: Audience, locale: Locale): RouteStep[] {
  const fitting = rankByAudience(filterResources(resources, { audience, route }), audience);
  // Lines that answer in the page's language first (Écoute-Enfants before Awel on a French page).
  const speaks = (resource: Resource) => Number(resource.kind !== 'helpline' || !resource.item.languages || resource.item.languages.includes(locale));
  const lines = fitting
    .filter((resource) => resource.kind === 'helpline' && !resource.item.urgent)
    .sort((a, b) => speaks(b) - speaks(a))
    .slice(0, 2);
  const places = fitting.filter((resource) => resource.kind === 'initiative').slice(0, MAX_PER_STEP);
  const resourcesOf: Partial<Record<StepId, readonly Resource[]>> = { talk: lines, meet: places, together: places };
  return ROUTE_STEPS[route].map((id) => ({ id, resources: resourcesOf[id] ?? [] }));
}
