import type { Locale } from '../i18n/locale.js';

/**
 * The files of the script-tag build that a page's first render needs besides
 * `eenzaamheid-hulp.js`, relative to it: the main chunk and each language's pack.
 */
export interface ScriptFiles {
  readonly main: string;
  readonly packs: Readonly<Record<Locale, string>>;
}

/**
 * Their names carry content hashes, known only once the build has run: this source
 * names none, and `npm run build` writes the built names into the published
 * `dist/lib/embed/script-files.js` (build/script-files.ts), so the embed generator in
 * the package names the files of the `dist/` it ships with.
 */
export const scriptFiles: ScriptFiles | undefined = undefined;
