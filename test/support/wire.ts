import { expect } from '@open-wc/testing';

/**
 * What reached the receiver, as the recording proxy in front of it saw it
 * (test/support/wire-recorder.mjs): every request the page made to the receiver, with
 * the headers the browser added (Cookie, Origin, Referer) and the body as sent.
 */
export interface WireRequest {
  seq: number;
  via: 'cross-origin' | 'same-origin';
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
  complete: boolean;
}

async function wireLog(): Promise<WireRequest[]> {
  return (await (await fetch('/fixtures/wire.json', { cache: 'no-store' })).json()) as WireRequest[];
}

/** The receiver's control door the tests use themselves (fail switch, counts): not the widget's. */
const isControl = (request: WireRequest): boolean => request.path.startsWith('/__control');

/**
 * Starts watching the wire: `since()` returns every request the page made to the
 * receiver after this point (the tests' own control calls left out).
 */
export async function watchWire(): Promise<{ since: () => Promise<WireRequest[]>; posts: () => Promise<WireRequest[]>; untilPosts: (count: number) => Promise<WireRequest[]> }> {
  const mark = (await wireLog()).length;
  const since = async () => (await wireLog()).slice(mark).filter((request) => !isControl(request));
  const posts = async () => (await since()).filter((request) => request.method === 'POST');
  return {
    since,
    posts,
    /** Waits until at least `count` POSTs have arrived (their headers at least). */
    untilPosts: async (count) => {
      let seen: WireRequest[] = [];
      const start = performance.now();
      while ((seen = await posts()).length < count) {
        if (performance.now() - start > 10_000) throw new Error(`timed out waiting for ${count} POSTs (saw ${seen.length})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return seen;
    },
  };
}

/** Everything the widget sent is a POST (or the browser's CORS preflight for one): nothing else. */
export function expectOnlyPostsAndPreflights(requests: readonly WireRequest[]): void {
  expect(requests.filter((request) => request.method !== 'POST' && request.method !== 'OPTIONS').map((r) => `${r.method} ${r.path}`)).to.deep.equal([]);
}

/** The Open311 form body as name → value, every field once (a repeated name fails the test). */
export function formFields(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    expect(fields, `field ${name} sent twice`).to.not.have.property(name);
    fields[name] = value;
  }
  return fields;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
