/** `eenzaamheid-hulp-receiver/demo`: what `npm start` needs to seed and explain the demo. */
export { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, seedDemo } from './seed.mjs';
export { currentTotpCode } from '../auth/totp.mjs';
