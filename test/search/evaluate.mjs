#!/usr/bin/env node
/**
 * Search evaluation: for each query, is one of the expected resources among the
 * first three results (hit@3)? Per language, with the misses listed.
 *
 *   node test/search/evaluate.mjs [queries.json]   (after npm run build; a name alone is looked up in test/search/)
 *
 * A queries file is `{ "queries": [{ "lang": "nl", "query": "…", "expect": ["id", …] }] }`,
 * so a held-out set can be run the same way as the built-in one. A query marked
 * `"first": true` (a crisis: thoughts of suicide, violence, an emergency) must also
 * have one of its expected resources as the very first result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { finderSearch } from './finder-search.mjs';

export const LANGUAGES = ['nl', 'fr', 'en'];
export const DEFAULT_QUERIES = fileURLToPath(new URL('./queries.json', import.meta.url));

/** A queries file by path, or by name in this folder ("heldout-queries.json"). */
export function readQueries(file = DEFAULT_QUERIES) {
  const path = existsSync(file) ? file : fileURLToPath(new URL(file, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')).queries;
}

/** Runs every query; returns per language { total, hits, rate, misses, empty }. */
export async function evaluate(queries) {
  const byLang = {};
  for (const lang of LANGUAGES) {
    const own = queries.filter((q) => q.lang === lang);
    if (own.length === 0) continue;
    const search = await finderSearch(lang);
    const result = { total: own.length, hits: 0, empty: 0, misses: [], firstTotal: 0, firstMisses: [] };
    for (const { query, expect, first } of own) {
      const ids = search(query);
      if (ids.length === 0) result.empty += 1;
      if (ids.slice(0, 3).some((id) => expect.includes(id))) result.hits += 1;
      else result.misses.push({ query, expect, got: ids.slice(0, 3) });
      if (first) {
        result.firstTotal += 1;
        if (!expect.includes(ids[0])) result.firstMisses.push({ query, expect, got: ids.slice(0, 3) });
      }
    }
    result.rate = result.hits / result.total;
    byLang[lang] = result;
  }
  return byLang;
}

export function formatReport(byLang) {
  const lines = ['| language | queries | hit@3 | no result | crisis first |', '|---|---:|---:|---:|---:|'];
  for (const [lang, r] of Object.entries(byLang)) {
    const crisis = r.firstTotal ? `${r.firstTotal - r.firstMisses.length}/${r.firstTotal}` : '–';
    lines.push(`| ${lang} | ${r.total} | ${(r.rate * 100).toFixed(1)}% (${r.hits}) | ${r.empty} | ${crisis} |`);
  }
  for (const [lang, r] of Object.entries(byLang)) {
    for (const miss of r.misses) {
      lines.push(`  miss ${lang}: "${miss.query}" → ${miss.got.join(', ') || '(nothing)'}; expected one of ${miss.expect.join(', ')}`);
    }
    for (const miss of r.firstMisses) {
      lines.push(`  crisis not first ${lang}: "${miss.query}" → ${miss.got.join(', ') || '(nothing)'}; first should be one of ${miss.expect.join(', ')}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await evaluate(readQueries(process.argv[2]));
  console.log(formatReport(report));
}
