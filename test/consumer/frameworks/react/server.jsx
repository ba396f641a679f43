// Runs in Node: no element registration here (the element is browser code).
import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export const render = () => renderToString(<App title="React 19, server rendered" />);
