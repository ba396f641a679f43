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

/**
 * `eh-view` (at least half visible for a second, once) and `eh-resource-click` (a
 * helpline's or initiative's link). Returns a function that stops observing.
 */
export function observeReach(host: HTMLElement, root: ShadowRoot, emit: Emit): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let viewed = false;
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (viewed) return;
      if (halfVisible(entry)) {
        timer ??= setTimeout(() => {
          viewed = true;
          observer.disconnect();
          emit('eh-view', {});
        }, VIEW_MS);
      } else {
        clearTimeout(timer);
        timer = undefined;
      }
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(host);

  const onClick = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const card = link?.closest('[data-resource-id]') as HTMLElement | null | undefined;
    const kind = link ? linkKind(link.getAttribute('href') ?? '') : undefined;
    if (card?.dataset.resourceId && kind) emit('eh-resource-click', { resourceId: card.dataset.resourceId, kind });
  };
  root.addEventListener('click', onClick);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    root.removeEventListener('click', onClick);
  };
}
