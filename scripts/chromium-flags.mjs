/**
 * Flags for every headless Chromium the project starts (tests, e2e, bench). As root
 * Chromium needs --no-sandbox; the rest stop background traffic to Google hosts,
 * which this machine's closed network refuses, and keep runs repeatable.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
