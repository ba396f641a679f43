import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FIRST_RENDER_BUDGET, TOTAL_BUDGET } from '../../scripts/check-size.mjs';
import { judge } from '../../scripts/size/judge.mjs';

const run = promisify(execFile);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.replace('.', '\\.');
const repo = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(repo, 'dist');

/** Runs the size check on a build folder; resolves with its exit code and output. */
async function checkSize(distDir) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-size.mjs', '--dist', distDir], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** A copy of dist/ with `bytes` of incompressible text appended to the chunk whose name starts with `prefix`. */
async function paddedCopy(prefix, bytes) {
  const copy = await mkdtemp(join(tmpdir(), 'eh-size-'));
  await cp(dist, copy, { recursive: true });
  const chunk = (await readdir(join(copy, 'chunks'))).find((name) => name.startsWith(prefix) && name.endsWith('.js'));
  assert.ok(chunk, `no ${prefix}* chunk in dist/chunks`);
  await appendFile(join(copy, 'chunks', chunk), `\n/*${randomBytes(bytes).toString('base64')}*/\n`);
  return copy;
}

describe('the size check (scripts/check-size.mjs)', () => {
  describe('judge', () => {
    const load = (firstRender, all) => ({ firstRender: { bytes: firstRender }, all: { bytes: all } });

    it('passes a page at its budgets and fails one byte over each', () => {
      const rows = judge({ nl: load(100, 200), fr: load(101, 200), en: load(100, 201) }, { firstRender: 100, total: 200 });
      assert.deepEqual(
        rows.map((row) => [row.lang, row.what, row.ok]),
        [
          ['nl', 'before the first render', true],
          ['nl', 'in all (form opened, searched)', true],
          ['fr', 'before the first render', false],
          ['fr', 'in all (form opened, searched)', true],
          ['en', 'before the first render', true],
          ['en', 'in all (form opened, searched)', false],
        ],
      );
    });
  });

  describe('on a real page load in Chromium', () => {
    const copies = [];
    after(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

    it('counts what the browser fetched and passes the built widget', async () => {
      const { code, stdout } = await checkSize(dist);
      assert.equal(code, 0, stdout);
      for (const lang of ['nl', 'fr', 'en']) {
        assert.match(stdout, new RegExp(`\\| ${lang} \\| before the first render \\| \\d+\\.\\d\\d KB \\| ${kb(FIRST_RENDER_BUDGET)} \\| yes \\|`));
        // The page's own language pack, and no other language's, is fetched before the first render.
        assert.match(stdout, new RegExp(`\\n${lang}: eenzaamheid-hulp\\.js [^\\n]*\\(before first render\\)`));
      }
    });

    it('fails when the first render grows past its budget', async () => {
      // 6 KB of random bytes, base64: about 6 KB gzip, beyond what the main chunk's headroom can take.
      const copy = await paddedCopy('main-', 6 * 1024);
      copies.push(copy);
      const { code, stdout, stderr } = await checkSize(copy);
      assert.equal(code, 1, stdout);
      assert.match(stderr, new RegExp(`Over budget: nl before the first render [\\d.]+ KB > ${kb(FIRST_RENDER_BUDGET)}`));
      assert.match(stdout, new RegExp(`\\| nl \\| before the first render \\| [\\d.]+ KB \\| ${kb(FIRST_RENDER_BUDGET)} \\| NO \\|`));
    });

    it('fails when what a resident downloads in all grows past its budget, even outside the first render', async () => {
      // Padding the form's chunk leaves the first render as it is.
      const copy = await paddedCopy('form-', Math.ceil((TOTAL_BUDGET - FIRST_RENDER_BUDGET) / 2));
      copies.push(copy);
      const { code, stdout, stderr } = await checkSize(copy);
      assert.equal(code, 1, stdout);
      assert.match(stdout, new RegExp(`\\| nl \\| before the first render \\| [\\d.]+ KB \\| ${kb(FIRST_RENDER_BUDGET)} \\| yes \\|`));
      assert.match(stderr, new RegExp(`nl in all \\(form opened, searched\\) [\\d.]+ KB > ${kb(TOTAL_BUDGET)}`));
    });
  });
});
