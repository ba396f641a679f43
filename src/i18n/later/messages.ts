import type { Route } from '../../content/types.js';

/** The steps a route offers: for myself (talk now, meet people, ask for contact) and for someone else. */
export type StepId = 'talk' | 'meet' | 'contact' | 'conversation' | 'together' | 'reachOut';

/**
 * Words needed only once a resident chooses a route (its steps): a small chunk per
 * language, loaded when a resident reaches for a route button, so the first render
 * stays within its budget.
 */
export interface LaterMessages {
  readonly locale: 'nl' | 'fr' | 'en';
  readonly routes: Readonly<Record<Route, { readonly heading: string; readonly intro: string }>>;
  /** Each step's title and the one line that says why it helps. */
  readonly steps: Readonly<Record<StepId, { readonly title: string; readonly why: string }>>;
  /** How to start the conversation, for the "someone else" route. */
  readonly conversationTips: readonly string[];
  /** Opens the report form from a route, about oneself or about someone else. */
  readonly reportFromRoute: Readonly<Record<Route, string>>;
  readonly routeBack: string;
}
