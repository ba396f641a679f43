import { readBody, sendJson, sendTooLarge } from './http-util.mjs';

/**
 * /__control routes for the demo page and tests: read and set the fail switch,
 * and count stored reports. Only routed when the receiver runs with `control: true`.
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @returns {Promise<boolean>} false when the path/method is not a control route
 */
export async function handleControl(ctx, req, res, path) {
  const failSwitch = ctx.failSwitch;
  if (!failSwitch) return false;
  if (path === '/__control' && req.method === 'GET') {
    sendJson(res, 200, failSwitch.get());
    return true;
  }
  if (path === '/__control' && req.method === 'POST') {
    const read = await readBody(req, 1024);
    if (!read.ok) {
      if (read.reason === 'too-large') sendTooLarge(res);
      return true;
    }
    let value;
    try {
      value = JSON.parse(read.text);
    } catch {
      sendJson(res, 400, { error: 'invalid-json' });
      return true;
    }
    const problem = failSwitch.set(value);
    if (problem) sendJson(res, 400, { error: 'invalid-control', message: problem });
    else sendJson(res, 200, failSwitch.get());
    return true;
  }
  if (path === '/__control/reports-count' && req.method === 'GET') {
    sendJson(res, 200, { count: ctx.reports.count() });
    return true;
  }
  return false;
}
