import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PACK = /\/src\/i18n\/packs\/(nl|fr|en)\.ts$/;
const MODULE = 'lib/embed/script-files.js';

/**
 * Writes the names of this build's main chunk and language packs into the published
 * `dist/lib/embed/script-files.js` (see src/embed/script-files.ts), over the nameless
 * version `tsc` compiled from the source, so the embed generator in the package writes
 * `modulepreload` hints for exactly the files this `dist/` holds. `npm run build` runs
 * `tsc` before `vite build` for that reason.
 */
export function scriptFiles({ mainChunk }: { mainChunk: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'eh-script-files',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const main = chunks.find((chunk) => chunk.name === mainChunk && !chunk.isEntry);
      const packs = Object.fromEntries(
        chunks.flatMap((chunk) => {
          const locale = chunk.facadeModuleId?.match(PACK)?.[1];
          return locale ? [[locale, chunk.fileName]] : [];
        }),
      );
      if (!main || Object.keys(packs).length !== 3) {
        this.error(`expected the "${mainChunk}" chunk and three language packs, found ${main?.fileName ?? 'no main chunk'} and ${JSON.stringify(packs)}`);
      }
      const files = { main: main.fileName, packs: { nl: packs.nl, fr: packs.fr, en: packs.en } };
      this.emitFile({
        type: 'asset',
        fileName: MODULE,
        source: [
          '/** Written by `npm run build` (build/script-files.ts): the files of this build the first render needs. */',
          `export const scriptFiles = Object.freeze(${JSON.stringify({ ...files, packs: '__PACKS__' })});`.replace(
            '"__PACKS__"',
            `Object.freeze(${JSON.stringify(files.packs)})`,
          ),
          '',
        ].join('\n'),
      });
    },
    async writeBundle() {
      // tsc's map describes the nameless source, not this file.
      await rm(join(outDir, `${MODULE}.map`), { force: true });
    },
  };
}
