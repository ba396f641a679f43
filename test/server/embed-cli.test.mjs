import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mechelenContentAllLanguages } from '../../dist/lib/content/mechelen-all-languages.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../bin/eenzaamheid-hulp.mjs', import.meta.url));
const embed = (...args) => run(process.execPath, [cli, 'embed', ...args]);

describe('npx eenzaamheid-hulp embed', () => {
  it('prints the embed code for a partner', async () => {
    const { stdout } = await embed('--partner', 'samana', '--lang', 'nl', '--endpoint', 'https://meldpunt.example/reports', '--script-src', 'https://cdn.example/eenzaamheid-hulp.js');
    assert.match(stdout, /^<script type="module" src="https:\/\/cdn.example\/eenzaamheid-hulp.js"><\/script>/);
    assert.match(stdout, /<script type="application\/ld\+json" data-eenzaamheid-hulp>\{"@context":"https:\/\/schema.org"/);
    assert.match(stdout, /<eenzaamheid-hulp partner="samana" lang="nl" heading-level="2" endpoint="https:\/\/meldpunt.example\/reports">/);
    assert.match(stdout, /<a href="tel:106">Tele-Onthaal: bel 106<\/a>/);
    assert.match(stdout, /<\/eenzaamheid-hulp>\n<\/div>\n$/);
  });

  it('hints the main chunk and the language pack of the built script, beside --script-src', async () => {
    const { stdout } = await embed('--lang', 'fr', '--script-src', 'https://cdn.example/js/eenzaamheid-hulp.js?ver=3');
    const hinted = [...stdout.matchAll(/<link rel="modulepreload" href="https:\/\/cdn\.example\/js\/(chunks\/[^"]+)">/g)].map((m) => m[1]);
    assert.equal(hinted.length, 2);
    assert.match(hinted[0], /^chunks\/main-[\w-]+\.js$/);
    assert.match(hinted[1], /^chunks\/fr-[\w-]+\.js$/);
    for (const file of hinted) assert.ok(existsSync(new URL(`../../dist/${file}`, import.meta.url)), `dist/${file} exists`);
    // The French pack is the chunk that holds the French texts.
    assert.match(readFileSync(new URL(`../../dist/${hinted[1]}`, import.meta.url), 'utf8'), /locale:["'`]fr["'`]/);
    const { stdout: without } = await embed('--lang', 'fr', '--no-preload', '--script-src', 'https://cdn.example/js/eenzaamheid-hulp.js');
    assert.doesNotMatch(without, /modulepreload/);
  });

  it('writes the Open311 api key on the element for format open311 only, escaped', async () => {
    const { stdout } = await embed('--format', 'open311', '--service-code', 'eenzaamheid', '--api-key', 'key"<1', '--endpoint', 'https://meldpunt.example', '--script-src', 'https://cdn.example/e.js');
    assert.match(stdout, / format="open311" service-code="eenzaamheid" api-key="key&#34;&#60;1"/);
    const { stdout: json } = await embed('--api-key', 'key-1', '--endpoint', 'https://meldpunt.example/reports', '--script-src', 'https://cdn.example/e.js');
    assert.doesNotMatch(json, /api-key/);
  });

  it('writes French and leaves JSON-LD out on request', async () => {
    const { stdout } = await embed('--lang', 'fr', '--no-json-ld', '--script-src', 'https://cdn.example/e.js');
    assert.doesNotMatch(stdout, /ld\+json/);
    assert.match(stdout, /Numéro d’urgence/);
  });

  it('uses a content file, escaping what it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-cli-'));
    const content = structuredClone(mechelenContentAllLanguages);
    content.initiatives[0].name.nl = '<b onclick="x()">Koffie</b>';
    const file = join(dir, 'content.json');
    writeFileSync(file, JSON.stringify(content));
    const { stdout } = await embed('--content', file, '--script-src', 'https://cdn.example/e.js');
    assert.match(stdout, /&#60;b onclick=&#34;x\(\)&#34;&#62;Koffie&#60;\/b&#62;/);
    assert.doesNotMatch(stdout, /<b onclick/);
  });

  for (const [args, message] of [
    [['--lang', 'de', '--script-src', 'https://cdn.example/e.js'], /--lang must be nl, fr or en/],
    [['--script-src', 'http://cdn.example/e.js'], /--script-src must be an https: URL/],
    [[], /--script-src is required/],
    [['--format', 'open311', '--script-src', 'https://cdn.example/e.js'], /needs --service-code/],
  ]) {
    it(`refuses ${args.join(' ') || 'no arguments'} with a clear message`, async () => {
      await assert.rejects(embed(...args), (error) => {
        assert.equal(error.code, 2);
        assert.match(error.stderr, message);
        return true;
      });
    });
  }
});
