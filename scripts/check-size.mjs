#!/usr/bin/env node
/**
 * Size budget for the script-tag build, watched in a real page load: for a partner
 * page in nl, fr and en (the two-line embed, served with gzip -9), Chromium loads the
 * built widget and the check adds up the widget's files as the browser fetched them
 * (compressed bodies, see scripts/size/measure-load.mjs):
 * - before the first render (the urgent lines): enforced against FIRST_RENDER_BUDGET;
 * - in all, after the resident opens the form and searches: enforced against
 *   TOTAL_BUDGET.
 * Prints a table per language and the files behind each figure, then every built file
 * with its gzip size. Exits 1 when a page is over budget (or could not be measured).
 *
 *   node scripts/check-size.mjs [--dist dist]
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-flags.mjs';
import { createStaticServer, listen } from './static-server.mjs';
import { measureLoad, twoLinePage } from './size/measure-load.mjs';
import { judge } from './size/judge.mjs';

export const FIRST_RENDER_BUDGET = 18 * 1024;
/**
 * Everything a page downloads when its resident opens the form and searches. Measured
 * 2026-12-01: about 49 KB per language with ky, zod/mini and Lit taking 23 KB of it
 * (see README, Size); the line sits just above that so any growth has to be argued for.
 * Since 2026-12-02 the form sends with plain fetch (no ky): about 43 KB.
 */
export const TOTAL_BUDGET = 50 * 1024;
export const LANGUAGES = ['nl', 'fr', 'en'];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

async function builtFiles(dist) {
  const files = [join(dist, 'eenzaamheid-hulp.js')];
  for (const name of await readdir(join(dist, 'chunks'))) if (name.endsWith('.js')) files.push(join(dist, 'chunks', name));
  return Promise.all(
    files.map(async (file) => ({ file: file.slice(dist.length + 1), gzip: gzipSync(await readFile(file), { level: 9 }).length })),
  );
}

export async function checkSize({ dist }) {
  const pages = Object.fromEntries(LANGUAGES.map((lang) => [`/size-${lang}.html`, twoLinePage({ lang })]));
  const server = createStaticServer({
    root: dist,
    mounts: { '/dist/': dist },
    gzip: true,
    handle: (req, res) => {
      const page = pages[new URL(req.url ?? '/', 'http://localhost').pathname];
      if (!page) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
      return true;
    },
  });
  const origin = `http://127.0.0.1:${await listen(server)}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const measured = {};
    for (const lang of LANGUAGES) measured[lang] = await measureLoad(browser, `${origin}/size-${lang}.html`);
    return measured;
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = resolve(values.dist);
  const measured = await checkSize({ dist });
  const rows = judge(measured, { firstRender: FIRST_RENDER_BUDGET, total: TOTAL_BUDGET });

  console.log('\nSize budget, watched in Chromium (compressed bytes as served, gzip -9)');
  console.log('| page | what | bytes | budget | ok |');
  console.log('|---|---|---:|---:|---|');
  for (const row of rows) console.log(`| ${row.lang} | ${row.what} | ${kb(row.bytes)} | ${kb(row.budget)} | ${row.ok ? 'yes' : 'NO'} |`);
  for (const lang of LANGUAGES) {
    const early = new Set(measured[lang].firstRender.files.map((f) => f.file));
    console.log(`\n${lang}: ${measured[lang].all.files.map((f) => `${f.file} ${kb(f.bytes)}${early.has(f.file) ? ' (before first render)' : ''}`).join(', ')}`);
    if (measured[lang].errors.length) console.log(`${lang}: page errors: ${measured[lang].errors.join(' | ')}`);
  }
  console.log('\nBuilt files (gzip -9)');
  for (const { file, gzip } of await builtFiles(dist)) console.log(`  ${file} ${kb(gzip)}`);

  const over = rows.filter((row) => !row.ok);
  const errors = LANGUAGES.filter((lang) => measured[lang].errors.length);
  if (over.length || errors.length) {
    if (over.length) console.error(`\nOver budget: ${over.map((row) => `${row.lang} ${row.what} ${kb(row.bytes)} > ${kb(row.budget)}`).join('; ')}`);
    if (errors.length) console.error(`\nPage errors on: ${errors.join(', ')}`);
    process.exit(1);
  }
  console.log('\nSize budget: ok');
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`Size check could not run: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
