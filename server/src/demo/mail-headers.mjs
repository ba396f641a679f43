/**
 * Reading a received mail's headers: RFC 2047 encoded words ("=?UTF-8?Q?…?=") back to
 * text. Used by the demo's mail sink to print each subject, and by the tests' SMTP server.
 */

/** Decode RFC 2047 encoded words in a header. @param {string} value */
export function decodeHeader(value) {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, _charset, encoding, text) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (/** @type {string} */ _m, /** @type {string} */ hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}
