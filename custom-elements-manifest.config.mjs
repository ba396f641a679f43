/** Custom Elements Manifest from the class's JSDoc. Internal state (`_…`, `state: true`) is not public API. */
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
  ],
};
