// Minimal client-side navigation under the app's base path (/liff/): current route + navigate().
import { useSyncExternalStore } from 'react';
import { env } from '../config/env';
import { routeOf } from './route-of';

export { routeOf };

const NAVIGATE_EVENT = 'nithet:navigate';

export function hrefOf(route: string): string {
  return `${env.basePath}${route}`;
}

/** Goes to a route (it may carry a query); `replace` for detours the back button should skip. */
export function navigate(route: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', hrefOf(route));
  else window.history.pushState(null, '', hrefOf(route));
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => routeOf(window.location.pathname));
}

/** One query parameter of the current URL (null when absent), kept in step with navigation. */
export function useSearchParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search).get(name);
}
