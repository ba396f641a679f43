import { startBeacon } from './beacon.js';
import { observeReach, watchHalfVisible } from './observe.js';

interface ReachHost extends HTMLElement {
  partner?: string | undefined;
}

/**
 * Starts the reach events on a widget, and the beacon, which sends only while
 * `url()` gives an address (`analytics-endpoint`). The language and the kind of
 * resource are read from the rendered widget itself. Returns a function that stops everything.
 */
export function startReach(host: ReachHost, url: () => string | undefined): () => void {
  const root = host.shadowRoot;
  if (!root) return () => undefined;
  const reach = observeReach(root, (name, detail) => host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })));
  const beacon = startBeacon(host, url, {
    partner: () => host.partner?.trim().toLowerCase() || undefined,
    lang: () => root.querySelector('.root')?.getAttribute('lang') ?? 'nl',
    resourceType: (id) => {
      const card = [...root.querySelectorAll<HTMLElement>('[data-resource-id]')].find((node) => node.dataset.resourceId === id);
      return card?.classList.contains('helpline') ? 'helpline' : card?.classList.contains('initiative') ? 'initiative' : null;
    },
  });
  // One observer feeds both the view event and the beacon's time visible.
  const stopWatching = watchHalfVisible(host, (visible) => {
    reach.visibility(visible);
    beacon.visibility(visible);
  });
  const stops = [stopWatching, reach.stop, beacon.stop];
  return () => stops.forEach((stop) => stop());
}
