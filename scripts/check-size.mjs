#!/usr/bin/env node
/**
 * Size budget for the script-tag build, from Vite's manifest:
 * - first render: the entry file and its static imports, which a page downloads
 *   before the widget can render (plus the French or English pack on such a page);
 * - everything: the entry plus every lazily loaded chunk (form, search, content
 *   loader, packs).
 * Prints a table, exits 1 when over budget. Sizes are gzip level 9.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const FIRST_RENDER_BUDGET = 18 * 1024;
export const TOTAL_BUDGET = 36 * 1024;
const ENTRY = 'src/eenzaamheid-hulp.ts';
const PACKS = { fr: 'src/i18n/packs/fr.ts', en: 'src/i18n/packs/en.ts' };

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}

function allClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) allClosure(dep, seen);
  return seen;
}

const sizeOf = (keys) => [...keys].reduce((sum, key) => sum + gz(manifest[key].file), 0);

const firstRender = staticClosure(ENTRY);
const rows = [];
rows.push({ what: 'first render, nl (script-tag file + static imports)', bytes: sizeOf(firstRender), budget: FIRST_RENDER_BUDGET });
for (const [lang, key] of Object.entries(PACKS)) {
  const keys = new Set([...firstRender, ...staticClosure(key)]);
  // Reported, not enforced yet: a French or English page also waits for its pack (see README, Size).
  rows.push({ what: `first render, ${lang} (+ ${lang} pack)`, bytes: sizeOf(keys), budget: FIRST_RENDER_BUDGET, informational: true });
}
const everything = allClosure(ENTRY);
rows.push({ what: 'everything, incl. lazy chunks', bytes: sizeOf(everything), budget: TOTAL_BUDGET });

console.log('\nSize budget (gzip -9)');
console.log('| part | gzip | budget | ok |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.what} | ${kb(row.bytes)} | ${kb(row.budget)} | ${row.bytes <= row.budget ? 'yes' : row.informational ? 'over (reported)' : 'NO'} |`);
console.log('\nFiles');
console.log('| file | gzip | loaded |');
console.log('|---|---:|---|');
for (const key of everything) {
  console.log(`| ${manifest[key].file} | ${kb(gz(manifest[key].file))} | ${firstRender.has(key) ? 'before first render' : 'lazily'} |`);
}
const over = rows.filter((row) => row.bytes > row.budget && !row.informational);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((row) => row.what).join('; ')}`);
  process.exit(1);
}
console.log('\nSize budget: ok');
