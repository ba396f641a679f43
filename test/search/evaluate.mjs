#!/usr/bin/env node
/**
 * Search evaluation: for each query, is one of the expected resources among the
 * first three results (hit@3)? Per language, with the misses listed.
 *
 *   node test/search/evaluate.mjs [queries.json]   (after npm run build)
 *
 * A queries file is `{ "queries": [{ "lang": "nl", "query": "…", "expect": ["id", …] }] }`,
 * so a held-out set can be run the same way as the built-in one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { finderSearch } from './finder-search.mjs';

export const LANGUAGES = ['nl', 'fr', 'en'];
export const DEFAULT_QUERIES = fileURLToPath(new URL('./queries.json', import.meta.url));

export function readQueries(file = DEFAULT_QUERIES) {
  return JSON.parse(readFileSync(file, 'utf8')).queries;
}

/** Runs every query; returns per language { total, hits, rate, misses, empty }. */
export async function evaluate(queries) {
  const byLang = {};
  for (const lang of LANGUAGES) {
    const own = queries.filter((q) => q.lang === lang);
    if (own.length === 0) continue;
    const search = await finderSearch(lang);
    const result = { total: own.length, hits: 0, empty: 0, misses: [] };
    for (const { query, expect } of own) {
      const ids = search(query);
      if (ids.length === 0) result.empty += 1;
      if (ids.slice(0, 3).some((id) => expect.includes(id))) result.hits += 1;
      else result.misses.push({ query, expect, got: ids.slice(0, 3) });
    }
    result.rate = result.hits / result.total;
    byLang[lang] = result;
  }
  return byLang;
}

export function formatReport(byLang) {
  const lines = ['| language | queries | hit@3 | no result |', '|---|---:|---:|---:|'];
  for (const [lang, r] of Object.entries(byLang)) {
    lines.push(`| ${lang} | ${r.total} | ${(r.rate * 100).toFixed(1)}% (${r.hits}) | ${r.empty} |`);
  }
  for (const [lang, r] of Object.entries(byLang)) {
    for (const miss of r.misses) {
      lines.push(`  miss ${lang}: "${miss.query}" → ${miss.got.join(', ') || '(nothing)'}; expected one of ${miss.expect.join(', ')}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await evaluate(readQueries(process.argv[2]));
  console.log(formatReport(report));
}
