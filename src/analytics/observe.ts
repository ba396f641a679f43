import type { ReachEventDetails } from './types.js';

type Emit = <K extends keyof ReachEventDetails>(name: K, detail: ReachEventDetails[K]) => void;

const VIEW_MS = 1000;
/** Thresholds every 5 %, so a tall widget is seen crossing "half of the screen" too. */
export const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * "At least half visible": half of the widget, or for a widget taller than the
 * screen, half of the screen's height filled by it.
 */
export function halfVisible(entry: IntersectionObserverEntry | undefined): boolean {
  if (!entry?.isIntersecting) return false;
  const needed = Math.min(entry.boundingClientRect.height, entry.rootBounds?.height ?? innerHeight) / 2;
  return entry.intersectionRect.height >= needed && entry.intersectionRect.height > 0;
}

function linkKind(href: string): 'tel' | 'web' | 'mail' | undefined {
  if (href.startsWith('tel:')) return 'tel';
  if (href.startsWith('mailto:')) return 'mail';
  if (href.startsWith('https:')) return 'web';
  return undefined;
}

/** Tells `onChange` whether the widget is at least half visible, each time that may have changed. */
export function watchHalfVisible(host: HTMLElement, onChange: (visible: boolean) => void): () => void {
  const observer = new IntersectionObserver(([entry]) => onChange(halfVisible(entry)), { threshold: THRESHOLDS });
  observer.observe(host);
  return () => observer.disconnect();
}

/**
 * `eh-view` (at least half visible for a second, once) and `eh-resource-click` (a
 * helpline's or initiative's link). Returns the visibility handler for
 * `watchHalfVisible` and a function that stops.
 */
export function observeReach(root: ShadowRoot, emit: Emit): { visibility: (visible: boolean) => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let viewed = false;
  const visibility = (visible: boolean) => {
    if (viewed) return;
    if (visible) {
      timer ??= setTimeout(() => {
        viewed = true;
        emit('eh-view', {});
      }, VIEW_MS);
    } else {
      clearTimeout(timer);
      timer = undefined;
    }
  };

  const onClick = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const card = link?.closest('[data-resource-id]') as HTMLElement | null | undefined;
    const kind = link ? linkKind(link.getAttribute('href') ?? '') : undefined;
    if (card?.dataset.resourceId && kind) emit('eh-resource-click', { resourceId: card.dataset.resourceId, kind });
  };
  root.addEventListener('click', onClick);
  return {
    visibility,
    stop: () => {
      clearTimeout(timer);
      root.removeEventListener('click', onClick);
    },
  };
}
