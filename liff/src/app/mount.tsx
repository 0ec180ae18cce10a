// Mounts the React app (its own chunk: start-up in main.tsx does not wait for React to download).
// zod's configuration first, before any schema parses (start-up itself uses no zod, so it needs none of this).
import './zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadPage } from './router';
import { routeOf } from '../lib/route-of';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The opened page's chunk came with this one (index.html preloads it): render it at once rather than suspend.
void preloadPage(routeOf(window.location.pathname)).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
