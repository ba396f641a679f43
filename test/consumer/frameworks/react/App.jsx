// The React 19 recipe (README "React"): the element as JSX, attributes as props, and the
// widget's events through a ref callback, which works for client rendering and for
// server rendering + hydration alike. (React 19's `oneh-route={…}` event props work on the
// client, but after hydrateRoot they are not attached until a re-render.)
import { useCallback, useState } from 'react';

/** A ref callback that adds the listeners and returns their cleanup (React 19 ref cleanup). */
export function useWidgetEvents(handlers) {
  return useCallback((element) => {
    if (!element) return undefined;
    const entries = Object.entries(handlers);
    for (const [name, handler] of entries) element.addEventListener(name, handler);
    return () => {
      for (const [name, handler] of entries) element.removeEventListener(name, handler);
    };
  }, Object.values(handlers));
}

export function App({ title }) {
  const [lang, setLang] = useState('nl');
  const [route, setRoute] = useState('none');
  const onRoute = useCallback((event) => setRoute(event.detail.route), []);
  const widgetRef = useWidgetEvents({ 'eh-route': onRoute });
  return (
    <main>
      <h1>{title}</h1>
      <p>
        Chosen route: <output id="route">{route}</output>
      </p>
      <button type="button" id="french" onClick={() => setLang('fr')}>
        Français
      </button>
      <eenzaamheid-hulp ref={widgetRef} partner="samana" lang={lang} heading-level="2"></eenzaamheid-hulp>
    </main>
  );
}

/** Client rendering only: React 19's own event props for custom elements (`on` + the exact event name). */
export function ClientApp() {
  const [route, setRoute] = useState('none');
  return (
    <main>
      <h1>React 19, client</h1>
      <p>
        Chosen route: <output id="route">{route}</output>
      </p>
      <eenzaamheid-hulp partner="samana" oneh-route={(event) => setRoute(event.detail.route)}></eenzaamheid-hulp>
    </main>
  );
}
