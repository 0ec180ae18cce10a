// Every LIFF route as data: its path pattern and the page module that draws it. The router loads pages from this
// table, and the build reads it too (build/route-preloads.ts) so index.html starts fetching the opened route's
// chunk together with the app's own — no page waits one slow-line round trip for its code. Plain data: no imports.

export interface PageRoute {
  /** Segments with ":name" params, matched exactly (lib/match-route.ts). */
  readonly path: string;
  /** The page module under src/features/, without extension: "<feature>/components/<file>". */
  readonly module: string;
  /** The module's named export that is the page. */
  readonly page: string;
  /**
   * The API path of the page's first GET, with the route's ":name" params: started at start-up as soon as LIFF has a
   * token (app/boot.ts), while the page's code is still on its way. Only for pages a teacher opens from a card.
   */
  readonly early?: string;
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/', module: 'registration/components/registration-page', page: 'RegistrationPage' },
  { path: '/register', module: 'registration/components/registration-page', page: 'RegistrationPage' },
  { path: '/join', module: 'networks/components/join-page', page: 'JoinPage' },
  { path: '/networks', module: 'networks/components/my-networks-page', page: 'MyNetworksPage' },
  { path: '/me', module: 'my-data/components/my-data-page', page: 'MyDataPage' },
  { path: '/seminars', module: 'seminars/components/seminars-page', page: 'SeminarsPage' },
  { path: '/seminars/:id', module: 'seminars/components/seminars-page', page: 'SeminarPage' },
  { path: '/seminars/:id/ticket', module: 'seminars/components/ticket-page', page: 'TicketPage' },
  { path: '/seminars/:id/evaluate', module: 'seminars/components/evaluation-page', page: 'EvaluationPage' },
  { path: '/forms', module: 'forms/components/forms-page', page: 'FormsPage' },
  { path: '/forms/:roundId', module: 'forms/components/form-page', page: 'FormPage', early: '/api/form-rounds/:roundId' },
  { path: '/networks/manage', module: 'supervisor/components/network-pages', page: 'CoordinatorPage' },
  { path: '/networks/manage/:id', module: 'supervisor/components/network-pages', page: 'CoordinatorPage' },
  { path: '/supervisor', module: 'supervisor/components/supervisor-page', page: 'SupervisorPage' },
  { path: '/supervisor/networks/:id', module: 'supervisor/components/network-pages', page: 'SupervisorNetworkPage' },
  { path: '/supervisor/data-quality', module: 'supervisor/components/data-quality-page', page: 'DataQualityPage' },
  { path: '/supervisor/audit', module: 'audit/components/audit-log-page', page: 'AuditLogPage' },
  { path: '/supervisor/settings', module: 'supervisor/components/settings-page', page: 'SettingsPage' },
  { path: '/supervisor/plan', module: 'plan/components/plan-page', page: 'PlanPage' },
  { path: '/supervisor/dashboard', module: 'plan/components/dashboard-page', page: 'DashboardPage' },
  { path: '/supervisor/reports', module: 'reports/components/reports-page', page: 'ReportsPage' },
  { path: '/supervisor/reports/:id', module: 'reports/components/report-page', page: 'ReportPage' },
  { path: '/supervisor/seminars', module: 'supervisor/components/seminars-admin-page', page: 'SupervisorSeminarsPage' },
  { path: '/supervisor/seminars/:id/edit', module: 'supervisor/components/seminar-edit-page', page: 'SeminarEditPage' },
  { path: '/supervisor/seminars/:id/attendance', module: 'supervisor/components/attendance-page', page: 'AttendancePage' },
  { path: '/supervisor/forms', module: 'form-rounds/components/form-rounds-page', page: 'FormRoundsPage' },
  { path: '/supervisor/forms/:id', module: 'form-rounds/components/round-summary-page', page: 'RoundSummaryPage' },
  { path: '/supervisor/form-templates', module: 'form-builder/components/template-list-page', page: 'FormTemplatesPage' },
  {
    path: '/supervisor/form-templates/:templateId',
    module: 'form-builder/components/form-builder-page',
    page: 'FormBuilderPage',
  },
  { path: '/directory', module: 'directory/components/directory-page', page: 'DirectoryPage' },
  { path: '/networks/:id/activities', module: 'network-log/components/activity-log-page', page: 'ActivityLogPage' },
  { path: '/networks/:id/activities/new', module: 'network-log/components/record-activity-page', page: 'RecordActivityPage' },
  {
    path: '/networks/:id/activities/:activityId/edit',
    module: 'network-log/components/record-activity-page',
    page: 'RecordActivityPage',
  },
  { path: '/networks/:id/library', module: 'network-log/components/library-page', page: 'LibraryPage', early: '/api/networks/:id/library' },
];
