/**
 * Custom Elements Manifest from the class's JSDoc, describing the files npm publishes
 * (`dist/lib/…js`, `dist/eenzaamheid-hulp.js`), not the TypeScript sources, so IDE
 * plugins and wrapper generators can resolve every path. Internal state (`_…`,
 * `state: true`) is not public API. Validated against the custom-elements-manifest
 * schema (`test/package/manifest.test.mjs`).
 */
const SCHEMA_VERSION = '2.1.0';
const ELEMENT = 'dist/lib/element/eenzaamheid-hulp.js';
const TAG = 'eenzaamheid-hulp';
const CLASS = 'EenzaamheidHulp';

/** `src/element/x.ts` → `dist/lib/element/x.js`: where `tsc -p tsconfig.build.json` writes it. */
const published = (path) => path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');

function rewriteModulePaths(value) {
  if (Array.isArray(value)) value.forEach(rewriteModulePaths);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof inner === 'string' && inner.startsWith('src/')) value[key] = published(inner);
      else rewriteModulePaths(inner);
    }
  }
}

const definition = { kind: 'custom-element-definition', name: TAG, declaration: { name: CLASS, module: ELEMENT } };
const classExport = (module) => ({ kind: 'js', name: CLASS, declaration: { name: CLASS, module } });

/** The entry points that register or re-export the element (package.json `exports`). */
const entryModules = [
  {
    kind: 'javascript-module',
    path: 'dist/eenzaamheid-hulp.js',
    description: 'Script-tag build (`eenzaamheid-hulp/script`): registers <eenzaamheid-hulp> when loaded (the class itself is exported by `eenzaamheid-hulp`).',
    exports: [definition],
  },
  {
    kind: 'javascript-module',
    path: 'dist/lib/define.js',
    description: 'npm build (`eenzaamheid-hulp/define`): registers <eenzaamheid-hulp> unless the name is taken.',
    declarations: [
      {
        kind: 'function',
        name: 'defineEenzaamheidHulp',
        description: 'Registers the element under `tagName` unless that name is already defined (a second copy of the script does not throw).',
        parameters: [{ name: 'tagName', type: { text: 'string' }, default: `'${TAG}'`, optional: true }],
        return: { type: { text: 'void' } },
      },
    ],
    exports: [{ kind: 'js', name: 'defineEenzaamheidHulp', declaration: { name: 'defineEenzaamheidHulp', module: 'dist/lib/define.js' } }, definition],
  },
  {
    kind: 'javascript-module',
    path: 'dist/lib/index.js',
    description: 'npm main entry (`eenzaamheid-hulp`): the class and types, without registering the tag.',
    exports: [classExport(ELEMENT)],
  },
];

export default {
  globs: ['src/element/eenzaamheid-hulp.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'eh-hide-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.name.startsWith('_'));
            declaration.members = declaration.members?.filter((member) => !member.name.startsWith('_') && member.privacy !== 'private');
            // Events come from the @fires JSDoc; `dispatchEvent(new CustomEvent(name))` with a variable name is not one.
            declaration.events = declaration.events?.filter((event) => event.name?.startsWith('eh-'));
          }
        }
      },
    },
    {
      name: 'eh-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.schemaVersion = SCHEMA_VERSION;
        rewriteModulePaths(customElementsManifest.modules);
        customElementsManifest.modules.push(...structuredClone(entryModules));
      },
    },
  ],
};
