// Routes under /liff/: a table from path pattern to page. Teacher pages are eager; manager pages load with lazy().
import { Suspense, lazy, useEffect, type ComponentType } from 'react';
import { FORM_PATHS } from '@nithet/shared';
import { PageLayout } from '../components/page-layout';
import { LoadingPanel } from '../components/status-panel';
import { MyDataPage } from '../features/my-data/components/my-data-page';
import { JoinPage } from '../features/networks/components/join-page';
import { MyNetworksPage } from '../features/networks/components/my-networks-page';
import { RegistrationPage } from '../features/registration/components/registration-page';
import { SeminarPage, SeminarsPage } from '../features/seminars/components/seminars-page';
import { th } from '../i18n/th';
import { findRoute, type RouteParams } from '../lib/match-route';
import { useRoute } from '../lib/navigation';
import { startEarlyGet } from '../lib/early-get';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

type Page = ComponentType<{ params: RouteParams }>;

/** A named export as a lazy page: its own chunk, fetched the first time the route is opened. */
function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => Page): Page {
  return lazy(async () => ({ default: pick(await load()) }));
}

const supervisorPages = () => import('../features/supervisor/components/network-pages');
const SupervisorPage = lazyPage(
  () => import('../features/supervisor/components/supervisor-page'),
  (m) => m.SupervisorPage,
);
const SupervisorNetworkPage = lazyPage(supervisorPages, (m) => m.SupervisorNetworkPage);
const CoordinatorPage = lazyPage(supervisorPages, (m) => m.CoordinatorPage);
const DataQualityPage = lazyPage(
  () => import('../features/supervisor/components/data-quality-page'),
  (m) => m.DataQualityPage,
);
const SupervisorSeminarsPage = lazyPage(
  () => import('../features/supervisor/components/seminars-admin-page'),
  (m) => m.SupervisorSeminarsPage,
);
const SeminarEditPage = lazyPage(
  () => import('../features/supervisor/components/seminar-edit-page'),
  (m) => m.SeminarEditPage,
);
const AttendancePage = lazyPage(
  () => import('../features/supervisor/components/attendance-page'),
  (m) => m.AttendancePage,
);
const TicketPage = lazyPage(
  () => import('../features/seminars/components/ticket-page'),
  (m) => m.TicketPage,
);
const EvaluationPage = lazyPage(
  () => import('../features/seminars/components/evaluation-page'),
  (m) => m.EvaluationPage,
);
const FormsPage = lazyPage(
  () => import('../features/forms/components/forms-page'),
  (m) => m.FormsPage,
);
const FormPage = lazyPage(
  () => import('../features/forms/components/form-page'),
  (m) => m.FormPage,
);
const SettingsPage = lazyPage(
  () => import('../features/supervisor/components/settings-page'),
  (m) => m.SettingsPage,
);
const FormRoundsPage = lazyPage(
  () => import('../features/form-rounds/components/form-rounds-page'),
  (m) => m.FormRoundsPage,
);
const RoundSummaryPage = lazyPage(
  () => import('../features/form-rounds/components/round-summary-page'),
  (m) => m.RoundSummaryPage,
);
const FormTemplatesPage = lazyPage(
  () => import('../features/form-builder/components/template-list-page'),
  (m) => m.FormTemplatesPage,
);
const FormBuilderPage = lazyPage(
  () => import('../features/form-builder/components/form-builder-page'),
  (m) => m.FormBuilderPage,
);
const DirectoryPage = lazyPage(
  () => import('../features/directory/components/directory-page'),
  (m) => m.DirectoryPage,
);

/** The teacher's routes are eager (no extra round trip on a slow line); supervisors and coordinators pay for theirs. */
const routes: readonly (readonly [string, Page])[] = [
  ['/', RegistrationPage],
  ['/register', RegistrationPage],
  ['/join', JoinPage],
  ['/networks', MyNetworksPage],
  ['/me', MyDataPage],
  ['/seminars', SeminarsPage],
  ['/seminars/:id', SeminarPage],
  ['/seminars/:id/ticket', TicketPage],
  ['/seminars/:id/evaluate', EvaluationPage],
  ['/forms', FormsPage],
  ['/forms/:roundId', FormPage],
  ['/networks/manage', CoordinatorPage],
  ['/networks/manage/:id', CoordinatorPage],
  ['/supervisor', SupervisorPage],
  ['/supervisor/networks/:id', SupervisorNetworkPage],
  ['/supervisor/data-quality', DataQualityPage],
  ['/supervisor/settings', SettingsPage],
  ['/supervisor/seminars', SupervisorSeminarsPage],
  ['/supervisor/seminars/:id/edit', SeminarEditPage],
  ['/supervisor/seminars/:id/attendance', AttendancePage],
  ['/supervisor/forms', FormRoundsPage],
  ['/supervisor/forms/:id', RoundSummaryPage],
  ['/supervisor/form-templates', FormTemplatesPage],
  ['/supervisor/form-templates/:templateId', FormBuilderPage],
  ['/directory', DirectoryPage],
];

export function Router() {
  const route = useRoute();
  const found = findRoute(routes, route);
  const Page = found?.value ?? NotFoundPage;
  // The form's data leaves with its chunk, not after it (one round trip less before the first question).
  const formRoundId = found?.value === FormPage ? found.params.roundId : undefined;
  useEffect(() => {
    if (formRoundId) startEarlyGet(FORM_PATHS.one(formRoundId));
  }, [formRoundId]);
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
