import { defineConfig } from 'vite';
import { directDynamicImports } from './build/direct-dynamic-imports.js';
import { minifyCssLiterals } from './build/minify-css-literals.js';
import { minifyHtmlLiterals } from './build/minify-html-literals.js';
import { scriptFiles } from './build/script-files.js';

/**
 * Modules only ever loaded lazily (a dynamic import away from the entry). Everything
 * else the entry needs goes into one "main" chunk, so lazy chunks import
 * `./main-[hash].js`, never the script-tag file itself: a partner who adds a
 * cache-busting query (`eenzaamheid-hulp.js?ver=3`, as WordPress does) still gets
 * one copy of the code (and one Trusted Types policy).
 */
const LAZY_ONLY =
  /\/(node_modules\/(zod|ky)\/|node_modules\/lit(-html)?\/(directive|directives\/)|src\/(i18n\/(packs\/|form\/|later\/|no-results\/|dates|schedule|fallback|provenance|(nl|fr|en)\.ts)|element\/(later|provenance|search)\/|content\/(translations\/|load-content|parse-content|issues|merge|schema|required-lines|schedule|sources|retention)|report\/|search\/|time\/brussels|element\/schedule|element\/render\/(opening|campaign)|analytics\/|embed\/|security\/))/;
/** The script-tag file and what only it imports: kept out of the main chunk so the script starts its loads at once. */
const ENTRY = /\/src\/(eenzaamheid-hulp|script\/language-packs)\.ts$/;

/**
 * A chunk's file name: its module's name, except that the per-language parts other than
 * the language packs carry their folder (`form-nl-….js`, `later-nl-….js`), so `nl-….js`
 * is always the Dutch pack (the generator's hints and the tests rely on it).
 */
function chunkName(facadeModuleId: string | null): string {
  const perLanguage = facadeModuleId?.match(/\/([\w-]+)\/(nl|fr|en)\.ts$/);
  return perLanguage && perLanguage[1] !== 'packs' ? `${perLanguage[1]}-[name]` : '[name]';
}

/**
 * The script-tag build: `dist/eenzaamheid-hulp.js`, one ES module with everything
 * the first render needs. Parts that only some pages use (a content file, the
 * report form) are split into chunks beside it and load relative to it.
 * The npm library build (ESM + .d.ts) is `tsc -p tsconfig.build.json`.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), directDynamicImports(), scriptFiles({ mainChunk: 'main' })],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    // Maps are written beside each file but not linked from it: the link comment costs
    // about 50 bytes gzip per file, 0.14 KB before the first render. Load a map in the
    // browser's developer tools by hand when debugging a partner page.
    sourcemap: 'hidden',
    reportCompressedSize: false,
    lib: {
      entry: 'src/eenzaamheid-hulp.ts',
      formats: ['es'],
      fileName: () => 'eenzaamheid-hulp.js',
    },
    rolldownOptions: {
      // Lets shared modules live in the entry chunk instead of an extra request.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk.facadeModuleId)}-[hash:6].js`,
        codeSplitting: {
          groups: [{ name: 'main', test: (id: string) => !ENTRY.test(id) && !LAZY_ONLY.test(id) && !id.startsWith('\0') }],
        },
        minify: true,
        // `/* @__PURE__ */` marks help a bundler that tree-shakes this file; nothing does
        // (every module of it is used, and package.json declares its side effects).
        comments: { annotation: false },
      },
    },
  },
});
