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

/** One lazy component per module export, so React keeps the page mounted across routes that share it. */
function pageOf(route: PageRoute): Page {
  const key = `${route.module}#${route.page}`;
  let page = lazyPages.get(key);
  if (!page) {
    const load = pageModules[`../features/${route.module}.tsx`];
    if (!load) throw new Error(`route-table.ts names a missing page module: ${route.module}`);
    page = lazy(async () => {
      const found = (await load())[route.page];
      if (!found) throw new Error(`${route.module} has no export ${route.page}`);
      return { default: found };
    });
    lazyPages.set(key, page);
  }
  return page;
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
