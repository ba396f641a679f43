import { ContentLoadError, parseContent, type ParsedContent } from './parse-content.js';
import type { Content } from './types.js';

export { localizeBuiltInParts } from './merge.js';
export { ContentLoadError, parseContent, type ContentProblem, type ParsedContent } from './parse-content.js';

/** A content file larger than this is refused: the built-in file is about 25 KB. */
export const MAX_CONTENT_BYTES = 512 * 1024;
const LOAD_TIMEOUT_MS = 10_000;

/** Fetches and validates `content-src`. No cookies are sent; the size is capped. */
export async function loadContent(url: string, builtIn: Content, signal?: AbortSignal): Promise<ParsedContent> {
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  // A null-prototype init: fetch reads no inherited `method`, `body` or `credentials` from a polluted page.
  const init: RequestInit = Object.assign(Object.create(null) as RequestInit, {
    method: 'GET',
    credentials: 'omit',
    mode: 'cors',
    headers: { accept: 'application/json' },
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  const response = await fetch(url, init).catch((error: unknown) => {
    throw new ContentLoadError(`could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  });
  if (!response.ok) throw new ContentLoadError(`answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_CONTENT_BYTES) throw new ContentLoadError(`is too large (${declared} bytes)`);
  const text = await response.text();
  if (text.length > MAX_CONTENT_BYTES) throw new ContentLoadError(`is too large (${text.length} characters)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ContentLoadError('is not JSON');
  }
  return parseContent(json, builtIn);
}

/**
 * `loadContent` for the element: warns (once, through `warn`) about dropped items or
 * a file that cannot be used, and returns undefined in the second case so the
 * built-in content stays on screen. Nothing is reported after an abort.
 */
export async function loadContentOrWarn(
  url: string,
  builtIn: Content,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<Content | undefined> {
  try {
    const { content, dropped, problems } = await loadContent(url, builtIn, signal);
    if (signal.aborted) return undefined;
    if (dropped.length > 0) warn(`content-src: ${dropped.length} item(s) dropped because they are invalid: ${dropped.join(' | ')}`);
    for (const refused of problems.filter((problem) => problem.path === 'remove')) warn(`content-src: remove "${refused.id}": ${refused.message}`);
    return content;
  } catch (error) {
    if (!signal.aborted) warn(`content-src ${error instanceof Error ? error.message : String(error)}; showing the built-in content.`);
    return undefined;
  }
}
