/**
 * What the element needs only for a `content-src` file, in one chunk that pages
 * without one never download: the loader, and the swap of the file's built-in parts
 * (the urgent lines, the meldpunt, the partners) for their localized counterparts.
 */
export { loadContentOrWarn } from '../content/load-content.js';
export { localizeBuiltInParts } from '../content/merge.js';
