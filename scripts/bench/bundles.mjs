/**
 * Bundles the bench builds with esbuild (installed with vite) into a temp folder:
 * - the floor: a bare Lit element `<bare-lit>` rendering `<div class="root">hi</div>`,
 *   bundled with lit from node_modules and minified, like a tiny widget would ship;
 * - the widget's own search and finder code (src/search, src/element/derive.ts),
 *   so the bench can time the pure JS search beside the end-to-end update;
 * - the content parser (src/content/load-content.ts), to check in Node that the
 *   generated content file is valid before any page loads it.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BARE_LIT_SOURCE = `
import { LitElement, html } from 'lit';
class BareLit extends LitElement {
  render() {
    return html\`<div class="root">hi</div>\`;
  }
}
customElements.define('bare-lit', BareLit);
`;

const SEARCH_PROBE_SOURCE = `
import { createSearcher } from './src/search/search.ts';
import { dutch } from './src/search/languages/nl.ts';
import { finderResults } from './src/element/derive.ts';
import { allResources } from './src/content/select.ts';
import { parseContent } from './src/content/parse-content.ts';
import { builtInContent } from './src/embed/generate.ts';
export { createSearcher, dutch, finderResults, allResources, parseContent, builtInContent };
`;

const PARSER_SOURCE = `
export { parseContent } from './src/content/load-content.ts';
export { mechelenFacts } from './src/content/mechelen-facts.ts';
`;

function bundle(repoRoot, contents, outfile, options = {}) {
  return build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: 'bench-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
    ...options,
  });
}

/** Writes `bare-lit.js` into outDir; returns its size in bytes. */
export async function buildBareLit(repoRoot, outDir) {
  const outfile = join(outDir, 'bare-lit.js');
  const result = await bundle(repoRoot, BARE_LIT_SOURCE, outfile, { minify: true, platform: 'browser', metafile: true });
  return { file: outfile, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes };
}

/** Writes `search-probe.js` (an ES module exporting createSearcher, the Dutch search words, finderResults, allResources, and parseContent with the built-in content, to hold the content as the widget does). */
export async function buildSearchProbe(repoRoot, outDir) {
  const outfile = join(outDir, 'search-probe.js');
  await bundle(repoRoot, SEARCH_PROBE_SOURCE, outfile, { minify: true, platform: 'browser' });
  return outfile;
}

/** Validates a content document with the widget's own parser; returns the dropped-item messages. */
export async function validateContent(repoRoot, outDir, raw) {
  const outfile = join(outDir, 'content-parser.mjs');
  await bundle(repoRoot, PARSER_SOURCE, outfile, { platform: 'node' });
  const { parseContent, mechelenFacts } = await import(pathToFileURL(outfile).href);
  const { content, dropped } = parseContent(raw, mechelenFacts);
  return { dropped, helplines: content.helplines.length, initiatives: content.initiatives.length };
}
