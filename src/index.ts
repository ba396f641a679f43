/** Library entry: the class and types, without registering the tag. */
export { EenzaamheidHulp } from './element/eenzaamheid-hulp.js';
export { mechelenContent } from './content/mechelen.js';
export type * from './content/types.js';
export type { Messages } from './i18n/messages.js';
export type { Locale } from './i18n/locale.js';
export type { EenzaamheidHulpEventMap, ReachEventDetails, ReportEventDetails } from './events.js';
export type { Report } from './report/schema.js';
