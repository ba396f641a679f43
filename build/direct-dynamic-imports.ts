import type { Plugin } from 'vite';

interface ChunkInfo {
  fileName: string;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
  exports: readonly string[];
}

/** `to` as an import specifier from the chunk `from` (both relative to the output folder). */
function relativeSpecifier(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  return (up === 0 ? './' : '../'.repeat(up)) + toParts.slice(common).join('/');
}

/**
 * A chunk that holds no module of its own and only re-exports names that one other
 * chunk exports under the same names: a dynamic import can load that chunk directly.
 */
function proxyTarget(proxy: ChunkInfo, chunks: Record<string, ChunkInfo>): ChunkInfo | undefined {
  if (!proxy.facadeModuleId || proxy.moduleIds.length > 0 || proxy.imports.length !== 1) return undefined;
  const target = chunks[proxy.imports[0]!];
  return target && proxy.exports.every((name) => target.exports.includes(name)) ? target : undefined;
}

interface Node {
  type: string;
  [key: string]: unknown;
}
type Named = { name?: string; value?: string };
const nameOf = (node: unknown) => (node as Named).name ?? String((node as Named).value);

/**
 * What a chunk re-exports from `source` (exported name → name there), or undefined when
 * the chunk does anything else: only imports from `source` and exports of those imports.
 */
function reexports(program: { body: readonly unknown[] }, source: string): Map<string, string> | undefined {
  const imported = new Map<string, string>();
  const out = new Map<string, string>();
  for (const statement of program.body as Node[]) {
    const from = (statement.source as Named | null | undefined)?.value;
    const specifiers = (statement.specifiers ?? []) as Node[];
    if (statement.type === 'ImportDeclaration' && from === source) {
      for (const s of specifiers) if (s.type === 'ImportSpecifier') imported.set(nameOf(s.local), nameOf(s.imported));
      if (specifiers.some((s) => s.type !== 'ImportSpecifier')) return undefined;
    } else if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && (from === undefined || from === source)) {
      for (const s of specifiers) {
        const local = nameOf(s.local);
        const target = from === source ? local : imported.get(local);
        if (target === undefined) return undefined;
        out.set(nameOf(s.exported), target);
      }
    } else return undefined;
  }
  return out;
}

/**
 * Rolldown keeps a proxy chunk for a dynamic import of a module that a `codeSplitting`
 * group captured (rolldown/rolldown#9729; Rollup rewrites such imports to the group's
 * chunk). For the script-tag file that proxy is one more request in a row before the
 * first render: `import('./script/register.js')` would load `chunks/register-….js`, a
 * one-line `import './main-….js'`, and only then the main chunk.
 *
 * This points such a dynamic import at the group's chunk itself and drops the proxy,
 * when the proxy re-exports nothing or only names the group's chunk exports under the
 * same names (checked on the final code: the build fails otherwise). The namespace the
 * import resolves to then holds the group chunk's other exports too.
 */
export function directDynamicImports(): Plugin {
  /** Proxy chunks whose importers now load their target, by the proxy's module (file names still hold hash placeholders here). */
  const redirected = new Set<string>();
  return {
    name: 'eh-direct-dynamic-imports',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      let out = code;
      for (const dynamic of chunk.dynamicImports) {
        const proxy = meta.chunks[dynamic];
        const target = proxy && proxyTarget(proxy, meta.chunks);
        if (!proxy || !target) continue;
        const from = JSON.stringify(relativeSpecifier(chunk.fileName, proxy.fileName));
        const to = JSON.stringify(relativeSpecifier(chunk.fileName, target.fileName));
        const pattern = `import(${from})`;
        if (!out.includes(pattern)) this.error(`${chunk.fileName}: expected ${pattern} to point it at ${target.fileName}`);
        out = out.split(pattern).join(`import(${to})`);
        redirected.add(proxy.facadeModuleId!);
      }
      // Only the rest of the import's own line moves (by a few columns): the source map stays.
      return out === code ? null : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const proxy of Object.values(bundle)) {
        if (proxy.type !== 'chunk' || !proxy.facadeModuleId || !redirected.has(proxy.facadeModuleId)) continue;
        const proxyFile = proxy.fileName;
        const targetFile = proxy.imports[0] ?? '';
        // The proxy must re-export the target's names unchanged, and do nothing else.
        const mapping = reexports(this.parse(proxy.code), `./${targetFile.replace(/^.*\//, '')}`);
        if (!mapping || [...mapping].some(([exported, imported]) => exported !== imported)) {
          this.error(`${proxyFile} is not a plain re-export of ${targetFile}: ${proxy.code.slice(0, 200)}`);
        }
        const stillUsed = Object.values(bundle).some(
          (file) => file.type === 'chunk' && file.fileName !== proxyFile && (file.imports.includes(proxyFile) || file.code.includes(proxyFile.replace(/^.*\//, ''))),
        );
        if (stillUsed) continue;
        delete bundle[proxyFile];
        if (proxy.sourcemapFileName) delete bundle[proxy.sourcemapFileName];
        delete bundle[`${proxyFile}.map`];
      }
    },
  };
}
