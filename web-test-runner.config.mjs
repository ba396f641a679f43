import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-flags.mjs';
import { contentFixtures } from './test/support/content-fixtures-plugin.mjs';
import { receiverPlugin, sameOriginReceiver } from './test/support/receiver-plugin.mjs';

/** Component tests in real (Debian) Chromium. */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  // A guard against hangs, not a timing check: a first test that loads the form chunk and axe
  // took over 10 s on this 2-core machine under heavy load.
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    receiverPlugin(),
  ],
  middleware: [contentFixtures, sameOriginReceiver],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  filterBrowserLogs: ({ type }) => type === 'error',
};
