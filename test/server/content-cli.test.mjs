import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { contentJsonSchema } from '../../dist/lib/content/json-schema.js';
import { mechelenFacts } from '../../dist/lib/content/mechelen-facts.js';
import { mechelenContentAllLanguages } from '../../dist/lib/content/mechelen-all-languages.js';
import { parseContent } from '../../dist/lib/content/parse-content.js';
import { localizeBuiltInParts } from '../../dist/lib/content/merge.js';
import { translateContent } from '../../dist/lib/content/translate.js';
import { BUILT_IN_TEXTS } from '../../dist/lib/content/built-in-texts.js';

const execute = promisify(execFile);
const cli = fileURLToPath(new URL('../../bin/eenzaamheid-hulp.mjs', import.meta.url));
const example = fileURLToPath(new URL('../../examples/content/extend.example.json', import.meta.url));
const shippedSchema = fileURLToPath(new URL('../../dist/content.schema.json', import.meta.url));

/** Runs the real command; resolves with its exit code and output whatever the code. */
async function run(...args) {
  try {
    const { stdout, stderr } = await execute(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

let dir;
const file = (name, body) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return path;
};

const extending = (extra) => ({ version: 't', updated: '2026-12-01', extends: 'built-in', ...extra });
const initiative = (id, extra = {}) => ({
  id,
  name: { nl: 'Koffieklets', fr: 'Café papote', en: 'Coffee morning' },
  audiences: ['everyone'],
  routes: ['self'],
  forWhom: { nl: 'Iedereen' },
  offer: { nl: 'Koffie en een babbel.' },
  source: 'test',
  ...extra,
});

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('npx eenzaamheid-hulp validate', () => {
  it('accepts the exported built-in content and the example file (exit 0)', async () => {
    const exported = await run('export', '--out', join(dir, 'export.json'));
    assert.equal(exported.code, 0);
    for (const path of [join(dir, 'export.json'), example]) {
      const { code, stdout } = await run('validate', path);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /: 0 errors, 0 warnings\n/);
      assert.match(stdout, /: valid; the widget shows \d+ helplines, \d+ initiatives/);
    }
  });

  it('exits 1 and names each problem with its path, the item’s id and what is allowed', async () => {
    const path = file('bad.json', {
      version: 't',
      updated: '2026-12-01',
      initiatives: [
        initiative('ok'),
        initiative('kids', { audiences: ['kids'] }),
        initiative('link', { contact: { website: 'javascript:alert(1)' } }),
        initiative('date', { checked: '1-12-2026' }),
        { id: 'empty' },
      ],
    });
    const { code, stderr } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(stderr, /error {3}initiatives\[1\]\.audiences\[0\] \(id "kids"\): must be one of everyone, youth, seniors, carers \(got "kids"\)/);
    assert.match(stderr, /error {3}initiatives\[2\]\.contact\.website \(id "link"\): only https:, tel: and mailto: links/);
    assert.match(stderr, /error {3}initiatives\[3\]\.checked \(id "date"\): must be a date as YYYY-MM-DD \(got "1-12-2026"\)/);
    assert.match(stderr, /error {3}initiatives\[4\]\.name \(id "empty"\): is required/);
    assert.match(stderr, /4 items would be left out; the widget shows \d+ helplines, 1 initiative,/);
  });

  it('warns about fields the widget ignores and ids used twice (the second is left out: exit 1)', async () => {
    const path = file('warnings.json', {
      version: 't',
      updated: '2026-12-01',
      colour: 'red',
      initiatives: [initiative('a', { contact: { website: 'https://example.org', fax: '0' } }), initiative('a')],
    });
    const { code, stderr } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(stderr, /warning colour: is not a field the widget reads \(ignored\); known here: version, updated, extends/);
    assert.match(stderr, /warning initiatives\[0\]\.contact\.fax \(id "a"\): is not a field the widget reads \(ignored\); known here: website, phone, email/);
    assert.match(stderr, /warning initiatives\[1\] \(id "a"\): repeats an id; only the first item with it counts/);
  });

  it('only warns (exit 0) when nothing is left out', async () => {
    const { code, stdout } = await run('validate', file('typo.json', { version: 't', updated: '2026-12-01', initiatives: [initiative('a', { keywrods: { nl: ['x'] } })] }));
    assert.equal(code, 0);
    assert.match(stdout, /1 warning\n {2}warning initiatives\[0\]\.keywrods \(id "a"\): is not a field/);
  });

  it('gives line and column for a JSON syntax error', async () => {
    const { code, stderr } = await run('validate', file('syntax.json', '{\n  "version": "t",\n  "updated": "2026-12-01"\n  "helplines": []\n}\n'));
    assert.equal(code, 1);
    assert.match(stderr, /error {3}line 4, column 3: not valid JSON: /);
    assert.match(stderr, /cannot use this file and keeps its built-in content/);
  });

  it('says why a file cannot be used at all', async () => {
    const { code, stderr } = await run('validate', file('envelope.json', { version: 't', initiatives: [initiative('a')] }));
    assert.equal(code, 1);
    assert.match(stderr, /error {3}\(file\): not a content file \(updated: is required\)/);
  });

  it('answers a missing file and a wrong call with exit 2', async () => {
    assert.equal((await run('validate', join(dir, 'nope.json'))).code, 2);
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('validate', 'a.json', '--frobnicate')).code, 2);
  });

  it('prints machine-readable results with --json', async () => {
    const { code, stdout } = await run('validate', '--json', file('json.json', { version: 't', updated: '2026-12-01', initiatives: [initiative('ok'), initiative('a', { routes: ['x'] })] }));
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [{ path: 'initiatives[1].routes[0]', id: 'a', message: 'must be one of self, other (got "x")', severity: 'error' }]);
    assert.equal(result.shown.initiatives, 1);
  });
});

describe('a content file that extends the built-in content', () => {
  const builtIn = mechelenContentAllLanguages;

  it('changes a built-in item field by field, adds new items after the built-in ones and removes by id', () => {
    const { content, dropped } = parseContent(
      extending({
        remove: ['wegwijzers'],
        initiatives: [
          { id: 'overkop', contact: { website: 'https://example.org/overkop' }, source: 'test source' },
          { id: 'samana', keywords: { nl: ['lotgenoten'] } },
          initiative('nieuw'),
        ],
      }),
      builtIn,
    );
    assert.deepEqual(dropped, []);
    const ids = content.initiatives.map((item) => item.id);
    assert.deepEqual(ids, [...builtIn.initiatives.map((item) => item.id).filter((id) => id !== 'wegwijzers'), 'nieuw']);
    const overkop = content.initiatives.find((item) => item.id === 'overkop');
    const builtInOverkop = builtIn.initiatives.find((item) => item.id === 'overkop');
    assert.equal(overkop.contact.website, 'https://example.org/overkop');
    assert.equal(overkop.contact.note, undefined, 'a field given replaces the built-in field as a whole');
    assert.deepEqual(overkop.name, builtInOverkop.name, 'fields not given stay as built in');
    assert.equal(overkop.source, 'test source');
    assert.deepEqual(content.initiatives.find((item) => item.id === 'samana').keywords, { nl: ['lotgenoten'] });
    assert.equal(content.helplines.length, builtIn.helplines.length);
  });

  it('refuses a change with new facts but no source, and never removes 112, 1813 or 106', () => {
    const { content, dropped, problems } = parseContent(
      extending({ remove: ['zelfmoordlijn-1813'], initiatives: [{ id: 'overkop', contact: { website: 'https://example.org' } }] }),
      builtIn,
    );
    assert.equal(dropped.length, 1);
    assert.deepEqual(problems.find((problem) => problem.severity === 'error'), {
      path: 'initiatives[0].source',
      id: 'overkop',
      message: 'is required when a change to a built-in item brings new facts: say where they come from',
      severity: 'error',
    });
    assert.ok(content.helplines.some((line) => line.number === '1813'));
    assert.ok(problems.some((problem) => problem.path === 'remove' && problem.id === 'zelfmoordlijn-1813' && problem.severity === 'warning'));
    assert.deepEqual(content.initiatives.find((item) => item.id === 'overkop'), builtIn.initiatives.find((item) => item.id === 'overkop'));
  });

  it('gets the built-in words in the page’s language for what it does not change (the widget’s word-less facts)', () => {
    const { content } = parseContent(extending({ initiatives: [{ id: 'overkop', name: { nl: 'OverKop (nieuw)' }, source: 'test' }] }), mechelenFacts);
    const localized = translateContent(mechelenFacts, 'fr', BUILT_IN_TEXTS.fr);
    const shown = localizeBuiltInParts(content, mechelenFacts, localized);
    const overkop = shown.initiatives.find((item) => item.id === 'overkop');
    assert.deepEqual(overkop.name, { nl: 'OverKop (nieuw)' }, 'the changed name, as the file gives it');
    assert.equal(overkop.offer.fr, BUILT_IN_TEXTS.fr.initiatives.overkop.offer, 'the unchanged offer, in French');
    assert.equal(shown.initiatives.find((item) => item.id === 'samana').forWhom.fr, BUILT_IN_TEXTS.fr.initiatives.samana.forWhom);
  });
});

describe('the content file’s JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(contentJsonSchema());

  it('is shipped as generated from the zod schemas', () => {
    assert.deepEqual(JSON.parse(readFileSync(shippedSchema, 'utf8')), contentJsonSchema());
  });

  it('accepts the exported built-in content and the example file', async () => {
    const { stdout } = await run('export');
    for (const [name, data] of [['export', JSON.parse(stdout)], ['example', JSON.parse(readFileSync(example, 'utf8'))]]) {
      assert.equal(validate(data), true, `${name}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects what the widget rejects: an unknown audience, a javascript: link, a missing name, an unknown field', () => {
    const base = { version: 't', updated: '2026-12-01' };
    for (const bad of [
      { ...base, initiatives: [initiative('a', { audiences: ['kids'] })] },
      { ...base, initiatives: [initiative('a', { contact: { website: 'javascript:alert(1)' } })] },
      { ...base, initiatives: [{ ...initiative('a'), name: undefined }] },
      { ...base, colour: 'red' },
    ]) {
      assert.equal(validate(JSON.parse(JSON.stringify(bad))), false, JSON.stringify(bad).slice(0, 120));
    }
  });

  it('lets a file that extends the built-in content give only the fields it changes', () => {
    assert.equal(validate(extending({ initiatives: [{ id: 'overkop', contact: { website: 'https://example.org' }, source: 't' }] })), true, JSON.stringify(validate.errors));
    assert.equal(validate({ version: 't', updated: '2026-12-01', initiatives: [{ id: 'overkop', source: 't' }] }), false, 'without "extends" an item is whole');
  });
});

describe('npx eenzaamheid-hulp export', () => {
  it('writes the whole built-in content in nl, fr and en, with search words and sources', async () => {
    const { code, stdout } = await run('export');
    assert.equal(code, 0);
    const content = JSON.parse(stdout);
    for (const item of [...content.helplines, ...content.initiatives]) {
      for (const lang of ['nl', 'fr', 'en']) assert.ok(item.name[lang], `${item.id} name in ${lang}`);
      assert.ok(item.source, `${item.id} has a source`);
    }
    for (const item of content.initiatives) for (const lang of ['nl', 'fr', 'en']) assert.ok(item.keywords?.[lang]?.length > 3, `${item.id} search words in ${lang}`);
    assert.ok(content.helplines.some((line) => line.number === '107'));
  });
});
