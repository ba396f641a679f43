/** `eenzaamheid-hulp/content`: the content format, for partners who publish a content file. */
export * from './schema.js';
export type * from './types.js';
export { mechelenContent } from './mechelen.js';
export { parseContent, ContentLoadError } from './load-content.js';
export { BUILT_IN_RETENTION, type Retention } from './retention.js';
