/**
 * Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS changes the code
 * of the modules whose bugs would hurt residents most, one small change (a mutant) at a
 * time, and runs the unit tests in test/unit (vitest, Node) that cover it. A mutant the
 * tests do not notice "survives". The clear-text report prints the score per file and
 * every surviving mutant; the HTML report is in reports/mutation/. Incremental: a
 * second run only tests what changed since the last one (reports/stryker-incremental.json);
 * `npm run mutate -- --force` tests everything again.
 *
 * The widget's behaviour in a browser (the form, CORS, cookies, what leaves the page) is
 * tested in real Chromium by test/browser and test/e2e, which Stryker cannot drive; the
 * unit tests here test the logic of the same modules in Node.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mjs', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    // Sending a report: one attempt, the patient delivery, the session (busy guard, stable id), validation.
    'src/report/send.ts',
    'src/report/retry-schedule.ts',
    'src/report/schema.ts',
    'src/report/form/delivery.ts',
    'src/report/form/session.ts',
    'src/report/form/values.ts',
    'src/report/form/validate.ts',
    // The URL allowlist: links, and the endpoint and content-src attributes.
    'src/content/safe-url.ts',
    'src/config/config.ts',
    // Content validation: fetching content-src, the schema, parsing (replace or extend) and what editors are told.
    'src/content/load-content.ts',
    'src/content/parse-content.ts',
    'src/content/issues.ts',
    'src/content/schema.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  clearTextReporter: { reportScoreTable: true, reportMutants: true, reportTests: false, logTests: false, allowEmojis: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The machine's two cores are shared: one test runner by default (`--concurrency 2` to use both).
  concurrency: 1,
  tempDirName: '.stryker-tmp',
  thresholds: { high: 90, low: 75, break: null },
};
