/** `eenzaamheid-hulp-receiver/demo`: what `npm start` needs to seed and explain the demo. */
import { fileURLToPath } from 'node:url';

export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, prepareDemoDatabase, seedDemo } from './seed.mjs';
export { startDemoMailSink } from './mail-sink.mjs';
export { currentTotpCode } from '../auth/totp.mjs';

/** The example routing file the demo routes with (also documented in the README). */
export const DEMO_ROUTING_FILE = fileURLToPath(new URL('../../examples/routing.json', import.meta.url));
