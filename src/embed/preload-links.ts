import type { Locale } from '../i18n/locale.js';
import { escapeHtml } from './escape.js';
import type { ScriptFiles } from './script-files.js';

/**
 * `<link rel="modulepreload">` hints for the main chunk and the language pack, so a
 * page fetches them beside the script (the browser's preload scanner finds them in
 * the HTML) instead of after it. They resolve against the script's own URL, without
 * its query string (`?ver=3`): the chunks import each other without one, and a hint
 * for another URL would download a second copy.
 */
export function preloadLinks(scriptSrc: string, files: ScriptFiles, locale: Locale): string[] {
  const folder = scriptSrc.replace(/[?#].*$/s, '').replace(/[^/]*$/, '');
  return [files.main, files.packs[locale]].map((file) => `<link rel="modulepreload" href="${escapeHtml(folder + file)}">`);
}
