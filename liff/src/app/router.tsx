// Routes under /liff/: the table in route-table.ts, each page its own chunk. index.html starts fetching the opened
// route's chunk with the app's own (build/route-preloads.ts), so lazy pages cost no extra round trip on a slow line.
import { Suspense, lazy, type ComponentType } from 'react';
import { PageLayout } from '../components/page-layout';
import { LoadingPanel } from '../components/status-panel';
import { th } from '../i18n/th';
import { findRoute, type RouteParams } from '../lib/match-route';
import { useRoute } from '../lib/navigation';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';
import { PAGE_ROUTES, type PageRoute } from './route-table';

type Page = ComponentType<{ params: RouteParams }>;
type PageModule = Record<string, Page | undefined>;

/** Every page module, each a chunk of its own, loaded the first time one of its routes opens. */
const pageModules = import.meta.glob<PageModule>(['../features/*/components/*-page.tsx', '../features/*/components/*-pages.tsx']);

const lazyPages = new Map<string, Page>();
/** Page modules already loaded: their pages render at once, without suspending. */
const loadedModules = new Map<string, PageModule>();

function loaderOf(route: PageRoute): () => Promise<PageModule> {
  const load = pageModules[`../features/${route.module}.tsx`];
  if (!load) throw new Error(`route-table.ts names a missing page module: ${route.module}`);
  return async () => {
    const loaded = await load();
    loadedModules.set(route.module, loaded);
    return loaded;
  };
}

function exportOf(route: PageRoute, loaded: PageModule): Page {
  const found = loaded[route.page];
  if (!found) throw new Error(`${route.module} has no export ${route.page}`);
  return found;
}

/** The page: itself when its module is here, else one lazy component per export (React keeps it mounted across routes). */
function pageOf(route: PageRoute): Page {
  const loaded = loadedModules.get(route.module);
  if (loaded) return exportOf(route, loaded);
  const key = `${route.module}#${route.page}`;
  let page = lazyPages.get(key);
  if (!page) {
    const load = loaderOf(route);
    page = lazy(async () => ({ default: exportOf(route, await load()) }));
    lazyPages.set(key, page);
  }
  return page;
}

/**
 * Loads the page of the route being opened before the first render (mount.tsx): index.html has already fetched its
 * chunk, and a page that suspends on first render shows the fallback and is then held back by React's 300 ms
 * throttle on revealing Suspense content — most of a second on a slow line's first load.
 */
export async function preloadPage(route: string): Promise<void> {
  const found = findRoute(routes, route);
  if (found && !loadedModules.has(found.value.module)) await loaderOf(found.value)().catch(() => undefined);
}

const routes: readonly (readonly [string, PageRoute])[] = PAGE_ROUTES.map((r) => [r.path, r] as const);

export function Router() {
  const route = useRoute();
  const found = findRoute(routes, route);
  const Page = found ? pageOf(found.value) : NotFoundPage;
  return (
    <RouteErrorBoundary key={route}>
      <Suspense
        fallback={
          <PageLayout title={th.appName}>
            <LoadingPanel />
          </PageLayout>
        }
      >
        <Page params={found?.params ?? {}} />
      </Suspense>
    </RouteErrorBoundary>
  );
}
