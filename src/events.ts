import type { ReachEventDetails } from './analytics/types.js';
import type { ReportEventDetails } from './report/form/session.js';

/**
 * The element's events. All bubble and are composed (they leave the shadow root);
 * none carries anything a resident typed.
 */
export type EenzaamheidHulpEventMap = {
  [K in keyof ReportEventDetails]: CustomEvent<ReportEventDetails[K]>;
} & {
  [K in keyof ReachEventDetails]: CustomEvent<ReachEventDetails[K]>;
} & {
  /** `content-src` loaded and validated; the widget shows it. */
  'eh-content-load': Event;
  /** `content-src` could not be used; the built-in content stays. */
  'eh-content-error': Event;
};

export type { ReachEventDetails, ReportEventDetails };
