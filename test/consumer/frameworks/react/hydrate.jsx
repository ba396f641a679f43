import 'eenzaamheid-hulp/define';
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

/** Marks the page once React has hydrated it (effects run after refs are attached), for the test to wait on. */
function Hydrated({ children }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return children;
}

hydrateRoot(
  document.getElementById('app'),
  <Hydrated>
    <App title="React 19, server rendered" />
  </Hydrated>,
  { onRecoverableError: (error) => console.error(`hydration: ${error.message}`) },
);
