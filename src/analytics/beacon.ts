/**
 * Opt-in reach counting (`analytics-endpoint`): the widget's reach events go to the
 * city's receiver by `navigator.sendBeacon`, as text/plain JSON (no preflight): the
 * event name, partner, language, the page's origin and path (never the query string),
 * and for time visible a coarse bucket. No identifiers, no storage; the receiver sets
 * no cookies. Nothing at all is sent without the attribute.
 */
export const BEACON_EVENTS = [
  'eh-view',
  'eh-resource-click',
  'eh-search',
  'eh-route',
  'eh-report-start',
  'eh-report-success',
] as const;

export type VisibleBucket = '<5s' | '5-30s' | '30s-2m' | '>2m';

export interface BeaconContext {
  partner: () => string | undefined;
  lang: () => string;
  /** Whether a resource id is a helpline or a local initiative. */
  resourceType: (id: string) => 'helpline' | 'initiative' | null;
}

export function visibleBucket(ms: number): VisibleBucket {
  if (ms < 5_000) return '<5s';
  if (ms < 30_000) return '5-30s';
  if (ms < 120_000) return '30s-2m';
  return '>2m';
}

function resultsBucket(count: number): '0' | '1-3' | '4+' {
  return count === 0 ? '0' : count <= 3 ? '1-3' : '4+';
}

export interface BeaconPayload {
  v: 1;
  name: string;
  partner: string | null;
  lang: string;
  site: string;
  path: string;
  visible: VisibleBucket | null;
  kind: 'tel' | 'web' | 'mail' | null;
  resourceType: 'helpline' | 'initiative' | null;
  results: '0' | '1-3' | '4+' | null;
  route: 'self' | 'other' | null;
}

/** What one event becomes on the wire: coarse, and nothing a resident typed. */
export function beaconPayload(name: string, detail: Record<string, unknown> | null, context: BeaconContext, visible?: VisibleBucket): BeaconPayload {
  const resourceId = typeof detail?.resourceId === 'string' ? detail.resourceId : undefined;
  return {
    v: 1,
    name,
    partner: context.partner() ?? null,
    lang: context.lang(),
    site: location.origin,
    path: location.pathname.slice(0, 300),
    visible: visible ?? null,
    kind: detail?.kind === 'tel' || detail?.kind === 'web' || detail?.kind === 'mail' ? detail.kind : null,
    resourceType: resourceId ? context.resourceType(resourceId) : null,
    results: typeof detail?.resultCount === 'number' ? resultsBucket(detail.resultCount) : null,
    route: detail?.route === 'self' || detail?.route === 'other' ? detail.route : null,
  };
}

function send(url: string | undefined, payload: BeaconPayload): void {
  if (!url) return;
  const body = JSON.stringify(payload);
  const queued = typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body);
  // Without sendBeacon (or when its queue is full): a keepalive fetch, without cookies.
  if (!queued) {
    const init = Object.assign(Object.create(null) as RequestInit, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors' });
    void fetch(url, init).catch(() => undefined);
  }
}

/**
 * Listens to the element's own reach events and beacons them; adds up the time the
 * widget is at least half visible (fed by `visibility`) and sends its bucket once
 * when the page is hidden. Returns the visibility handler and a function that stops.
 */
export function startBeacon(
  host: HTMLElement,
  url: () => string | undefined,
  context: BeaconContext,
): { visibility: (visible: boolean) => void; stop: () => void } {
  const listeners = BEACON_EVENTS.map((name) => {
    const listener = (event: Event) => {
      if (event.target !== host) return;
      send(url(), beaconPayload(name, ((event as CustomEvent).detail ?? null) as Record<string, unknown> | null, context));
    };
    host.addEventListener(name, listener);
    return () => host.removeEventListener(name, listener);
  });

  let visibleMs = 0;
  let since: number | undefined;
  let reported = false;
  const visibility = (visible: boolean) => {
    const now = performance.now();
    if (visible && document.visibilityState === 'visible') since ??= now;
    else if (since !== undefined) {
      visibleMs += now - since;
      since = undefined;
    }
  };
  const report = () => {
    if (reported) return;
    if (since !== undefined) {
      visibleMs += performance.now() - since;
      since = undefined;
    }
    if (visibleMs < 1000) return;
    reported = true;
    send(url(), beaconPayload('eh-visible', null, context, visibleBucket(visibleMs)));
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') report();
  };
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', report);
  return {
    visibility,
    stop: () => {
      report();
      listeners.forEach((remove) => remove());
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', report);
    },
  };
}
