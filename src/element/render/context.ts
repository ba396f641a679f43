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
  /** Whether a line is open now; present once the schedule chunk has loaded. */
  readonly openingState?: ((line: Helpline) => { open: true; until: string } | { open: false } | undefined) | undefined;
  /** A line open day and night, offered when another line is closed. */
  readonly alwaysOpenLine?: Helpline | undefined;
}
