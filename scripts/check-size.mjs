#!/usr/bin/env node
/**
 * Size budget for the script-tag build, from Vite's manifest:
 * - first render, per language: the entry file, its static imports and the
 *   language's pack (interface text and content words), which a page downloads
 *   before the widget can render;
 * - everything, per language: the entry plus every lazily loaded chunk a page of
 *   that language can ever download (form, validation, sending, search, content
 *   loader), with its own language pack only.
 * Prints a table, exits 1 when any row is over budget. Sizes are gzip level 9.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const FIRST_RENDER_BUDGET = 18 * 1024;
export const TOTAL_BUDGET = 36 * 1024;
const ENTRY = 'src/eenzaamheid-hulp.ts';
const PACKS = { nl: 'src/i18n/packs/nl.ts', fr: 'src/i18n/packs/fr.ts', en: 'src/i18n/packs/en.ts' };

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
const everything = allClosure(ENTRY);
// Chunks of one language only (the locale pack, the form's words): a page downloads its own language's.
const LANGUAGE_CHUNK = /\/(?:i18n\/(?:packs|form|later)\/|content\/translations\/keywords\.)(nl|fr|en)\.ts$/;
const languageOf = (key) => LANGUAGE_CHUNK.exec(key)?.[1];
const packKeys = new Set([...allClosure(ENTRY)].filter((key) => languageOf(key)));
const rows = [];
for (const [lang, key] of Object.entries(PACKS)) {
  const keys = new Set([...firstRender, ...staticClosure(key)]);
  rows.push({ what: `first render, ${lang} page (script + ${lang} pack)`, bytes: sizeOf(keys), budget: FIRST_RENDER_BUDGET });
}
for (const [lang, key] of Object.entries(PACKS)) {
  const keys = new Set([...everything].filter((k) => !packKeys.has(k) || languageOf(k) === lang));
  // Reported, not enforced yet: ky 2 and zod alone take half of it (see README, Size).
  rows.push({ what: `everything, ${lang} page (incl. lazy chunks)`, bytes: sizeOf(keys), budget: TOTAL_BUDGET, informational: true });
}
rows.push({ what: 'all files together (every language)', bytes: sizeOf(everything), budget: TOTAL_BUDGET, informational: true });

console.log('\nSize budget (gzip -9)');
console.log('| part | gzip | budget | ok |');
console.log('|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.what} | ${kb(row.bytes)} | ${kb(row.budget)} | ${row.bytes <= row.budget ? 'yes' : row.informational ? 'over (reported)' : 'NO'} |`);
console.log('\nFiles');
console.log('| file | gzip | loaded |');
console.log('|---|---:|---|');
for (const key of everything) {
  const when = firstRender.has(key)
    ? 'before first render'
    : /\/packs\//.test(key)
      ? 'before first render (its language only)'
      : packKeys.has(key)
        ? 'lazily (its language only)'
        : 'lazily';
  console.log(`| ${manifest[key].file} (${key.replace(/^src\//, '')}) | ${kb(gz(manifest[key].file))} | ${when} |`);
}
const over = rows.filter((row) => row.bytes > row.budget && !row.informational);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((row) => row.what).join('; ')}`);
  process.exit(1);
}
console.log('\nSize budget: ok');
