import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, evaluate, formatReport, readQueries } from './evaluate.mjs';

/** The bar from the finder issue: the right help in the top three for 85% of residents' queries, per language. */
const MIN_HIT_AT_3 = 0.85;

describe('search evaluation (residents’ queries, hit@3)', () => {
  it('has at least 60 queries, in Dutch, French and English', () => {
    const queries = readQueries();
    assert.ok(queries.length >= 60, `${queries.length} queries`);
    for (const lang of LANGUAGES) assert.ok(queries.filter((q) => q.lang === lang).length >= 20, lang);
  });

  it(`finds the right help in the top three for at least ${MIN_HIT_AT_3 * 100}% of queries in every language`, async () => {
    const report = await evaluate(readQueries());
    console.log(`\nSearch evaluation\n${formatReport(report)}\n`);
    for (const lang of LANGUAGES) {
      assert.ok(report[lang].rate >= MIN_HIT_AT_3, `${lang}: hit@3 ${(report[lang].rate * 100).toFixed(1)}%`);
    }
  });
});
