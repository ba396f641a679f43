import { defineConfig } from 'vite';
import { minifyCssLiterals } from './build/minify-css-literals.js';
import { minifyHtmlLiterals } from './build/minify-html-literals.js';

/**
 * Modules only ever loaded lazily (a dynamic import away from the entry). Everything
 * else the entry needs goes into one "main" chunk, so lazy chunks import
 * `./main-[hash].js`, never the script-tag file itself: a partner who adds a
 * cache-busting query (`eenzaamheid-hulp.js?ver=3`, as WordPress does) still gets
 * one copy of the code (and one Trusted Types policy).
 */
const LAZY_ONLY =
  /\/(node_modules\/(zod|ky)\/|node_modules\/lit(-html)?\/(directive|directives\/)|src\/(i18n\/(packs\/|form\/|later\/|no-results\/|dates|schedule|fallback|provenance|(nl|fr|en)\.ts)|element\/(later|provenance|search)\/|content\/(translations\/|load-content|parse-content|issues|merge|schema|required-lines|schedule|sources|retention)|report\/|search\/|time\/brussels|element\/schedule|element\/render\/(opening|campaign)|analytics\/|embed\/|security\/))/;
const ENTRY = /\/src\/eenzaamheid-hulp\.ts$/;

/**
 * The script-tag build: `dist/eenzaamheid-hulp.js`, one ES module with everything
 * the first render needs. Parts that only some pages use (a content file, the
 * report form) are split into chunks beside it and load relative to it.
 * The npm library build (ESM + .d.ts) is `tsc -p tsconfig.build.json`.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
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
        chunkFileNames: "chunks/[name]-[hash].js",
        codeSplitting: {
          groups: [{ name: 'main', test: (id: string) => !ENTRY.test(id) && !LAZY_ONLY.test(id) && !id.startsWith('\0') }],
        },
        minify: true,
      },
    },
  },
});
