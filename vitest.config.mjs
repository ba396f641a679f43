import { defineConfig } from 'vitest/config';

/**
 * Unit tests in Node for the modules whose bugs would hurt residents most (sending a
 * report, the session, the URL allowlist, the content validation): fast enough for
 * mutation testing (`npm run mutate`, stryker.config.mjs). The widget's behaviour in a
 * browser is tested in real Chromium (test/browser, test/e2e); these test the logic.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,mjs}'],
    environment: 'node',
    // One file at a time: the machine's two cores are shared.
    fileParallelism: false,
  },
});
