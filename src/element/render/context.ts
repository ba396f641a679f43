import type { Helpline } from '../../content/types.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';

/** What every render helper needs to know about the current view. */
export interface ViewContext {
  readonly locale: Locale;
  readonly messages: Messages;
  /** Level of the widget's top heading; sections use level + 1 and so on. */
  readonly level: number;
  /** Prefix for ids inside this widget's shadow root. */
  readonly idPrefix: string;
  /** Where to learn more about initiatives without a contact of their own (the meldpunt's website). */
  readonly moreInfo?: string | undefined;
  /** "Open now" or "closed now" for a line; present once the schedule chunk has loaded. */
  readonly openingNow?: ((line: Helpline, view: ViewContext) => unknown) | undefined;
  /** Where facts come from (cards, the urgent lines); present once the provenance chunk has loaded (after the first render). */
  readonly provenance?: typeof import('../provenance/index.js') | undefined;
}
