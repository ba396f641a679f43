import { html, type TemplateResult } from 'lit';
import type { Route } from '../../content/types.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';

export interface RoutesState {
  readonly order: readonly Route[];
  /** The chosen route's panel (from the later chunk), or undefined to show the two choices. */
  readonly panel: unknown;
}

export interface RoutesHandlers {
  readonly choose: (route: Route) => void;
  /** A resident reaches for a route (pointer or focus): start loading its words. */
  readonly prepare: () => void;
}

function routeLabels(route: Route, view: ViewContext): { label: string; hint: string } {
  const { messages } = view;
  return route === 'self'
    ? { label: messages.routeSelf, hint: messages.routeSelfHint }
    : { label: messages.routeOther, hint: messages.routeOtherHint };
}

function chooser(state: RoutesState, view: ViewContext, handlers: RoutesHandlers): TemplateResult {
  return html`<ul class="route-choices plain">
    ${state.order.map((route) => {
      const { label, hint } = routeLabels(route, view);
      return html`<li>
        <button
          type="button"
          class="route-button"
          part="route-button"
          data-route=${route}
          @pointerenter=${handlers.prepare}
          @focus=${handlers.prepare}
          @click=${() => handlers.choose(route)}
        >
          <span class="route-label">${label}</span>
          <span class="route-hint">${hint}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}

/** The two ways in: "Ik voel me eenzaam" and "Ik maak me zorgen om iemand". */
export function routesSection(state: RoutesState, view: ViewContext, handlers: RoutesHandlers): TemplateResult {
  const { messages, level, idPrefix } = view;
  return html`<section class="routes" part="routes">
    ${heading(level + 1, messages.routesHeading, `${idPrefix}routes`)} ${state.panel ?? chooser(state, view, handlers)}
  </section>`;
}
