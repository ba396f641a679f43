import { defineConfig } from 'vite';
import { minifyCssLiterals } from './build/minify-css-literals.js';

/**
 * The script-tag build: `dist/eenzaamheid-hulp.js`, one ES module with everything
 * the first render needs. Parts that only some pages use (a content file, the
 * report form) are split into chunks beside it and load relative to it.
 * The npm library build (ESM + .d.ts) is `tsc -p tsconfig.build.json`.
 */
export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Read by scripts/check-size.mjs to tell first-render files from lazy chunks.
    manifest: true,
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
        minify: true,
      },
    },
  },
});
