/** The embed-code generator, for the CLI, the demo and partners' own tools. */
export { generateEmbed, builtInContent } from './generate.js';
export type { Embed, EmbedOptions } from './generate.js';
export { buildJsonLd } from './json-ld.js';
export type { JsonLd } from './json-ld.js';
export { escapeHtml } from './escape.js';
