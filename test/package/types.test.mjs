/**
 * A strict TypeScript partner project (strict, exactOptionalPropertyTypes,
 * noUncheckedSideEffectImports) on the packed package: `tsc --noEmit` with bundler
 * resolution and skipLibCheck off (our .d.ts files are checked too), and with NodeNext
 * resolution (libraries skipped: they were checked in the first run). The consumer's sources use the element's
 * tag, properties and events from the main entry, `/define` and `/script`, and carry
 * `@ts-expect-error` lines that only hold while the types are specific.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { REPO, packedConsumer } from './support/consumer.mjs';

const run = promisify(execFile);
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');

async function typecheck(project) {
  try {
    await run(process.execPath, [TSC, '-p', project, '--pretty', 'false']);
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`.trim();
  }
}

describe('a strict TypeScript consumer of the packed package', { timeout: 120_000 }, () => {
  let dir;
  before(async () => {
    ({ dir } = await packedConsumer());
  });

  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
    it(`type-checks without errors (${config})`, async () => {
      assert.equal(await typecheck(join(dir, 'types', config)), '');
    });
  }

  it('fails when a consumer gets the element wrong (the check is not vacuous)', async () => {
    const { writeFile, rm } = await import('node:fs/promises');
    const wrong = join(dir, 'types', 'wrong.ts');
    await writeFile(wrong, "import type {} from 'eenzaamheid-hulp';\ndocument.createElement('eenzaamheid-hulp').headingLevel = true;\n");
    try {
      assert.match(await typecheck(join(dir, 'types', 'tsconfig.nodenext.json')), /wrong\.ts\(2,1\): error TS2322: Type 'true' is not assignable to type 'string \| number \| undefined'/);
    } finally {
      await rm(wrong);
    }
  });
});
