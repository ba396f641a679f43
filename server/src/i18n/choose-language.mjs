import { DEFAULT_LANGUAGE, isLanguage } from '../views/messages/index.mjs';

/**
 * Which of the back office's languages a browser asks for, from its Accept-Language
 * header (RFC 9110: tags with optional q-values; `fr-BE` counts as `fr`). The best
 * match wins; equal weights keep the browser's order; none matching: null.
 * @param {string | undefined} header
 * @returns {import('../views/messages/index.mjs').Language | null}
 */
export function fromAcceptLanguage(header) {
  if (!header) return null;
  /** @type {{ lang: import('../views/messages/index.mjs').Language, q: number, index: number }[]} */
  const wanted = [];
  header.split(',').slice(0, 50).forEach((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const qParam = params.map((param) => param.trim()).find((param) => /^q=/i.test(param));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (isLanguage(primary) && Number.isFinite(q) && q > 0) wanted.push({ lang: primary, q, index });
  });
  wanted.sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted[0]?.lang ?? null;
}

/**
 * The language of a back-office page: the account's own setting, else the choice made
 * with the switch before signing in (a cookie), else the browser's, else Dutch.
 * @param {{ account?: { lang?: string | null } | null, cookie?: string | null, acceptLanguage?: string }} from
 * @returns {import('../views/messages/index.mjs').Language}
 */
export function chooseLanguage({ account, cookie, acceptLanguage }) {
  if (isLanguage(account?.lang)) return account.lang;
  if (isLanguage(cookie)) return cookie;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}
