// Routes under /liff/: a table from path to page. Heavy pages (supervisor charts, builders) go in with lazy().
import { Suspense, type ComponentType } from 'react';
import { PageLayout } from '../components/page-layout';
import { LoadingPanel } from '../components/status-panel';
import { RegistrationPage } from '../features/registration/components/registration-page';
import { th } from '../i18n/th';
import { useRoute } from '../lib/navigation';
import { NotFoundPage } from './not-found-page';

/** The teacher's form routes are eager (no extra round trip on a slow line); add others with React.lazy. */
const routes: Readonly<Record<string, ComponentType>> = {
  '/': RegistrationPage,
  '/register': RegistrationPage,
};

export function Router() {
  const route = useRoute();
  const Page = routes[route] ?? NotFoundPage;
  return (
    <Suspense
      fallback={
        <PageLayout title={th.appName}>
          <LoadingPanel />
        </PageLayout>
      }
    >
      <Page />
    </Suspense>
  );
}
