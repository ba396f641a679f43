/**
 * The receiver for the widget's own tests (sending code, component tests, end to end):
 * the receiver package's test helpers, with the fill-in-time rule off, because a test
 * robot fills the form in well under the three seconds no person manages.
 */
import { startReceiver as startTestReceiver } from '../../server/test/helpers.mjs';

export { ORIGIN, countReports, postOpen311, postReport, setControl, validReport } from '../../server/test/helpers.mjs';

/** @param {Parameters<typeof startTestReceiver>[0]} [options] */
export function startReceiver(options = {}) {
  return startTestReceiver({ minFillMs: 0, ...options });
}
