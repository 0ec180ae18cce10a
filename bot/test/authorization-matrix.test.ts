// The authorisation matrix: every API route × every role × own/other office. The route list is read
// from the app itself, so a new route without a row here fails this test.
import { memberDocId, membershipDocId, newNetwork, PRIVACY_NOTICE_VERSION } from '@nithet/shared';
import { createApp } from '../src/app';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, COORDINATOR, followAndRegister, registration } from './support/people';

type Role = 'teacher' | 'coordinator' | 'supervisor';
const USERS: Record<Role, string> = { teacher: TEACHER, coordinator: COORDINATOR, supervisor: SUPERVISOR };
const ALL: Role[] = ['teacher', 'coordinator', 'supervisor'];
const PENDING = membershipDocId('net-lead2570', memberDocId('demo-esa', TEACHER));
const OTHER_PENDING = 'net-other:other-esa:U0000000000000000000000000000abcd';
const OTHER_MEMBER = 'other-esa:U0000000000000000000000000000abcd';
const consents = {
  consents: { 'network-contact': true, 'publish-photos': true, 'share-with-parent-agency': false },
  noticeVersion: PRIVACY_NOTICE_VERSION,
};
const DAY = 86_400_000;
const seminarBody = {
  title: 'ประชุมเครือข่ายครูแกนนำ',
  startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 7 * DAY + 3 * 3600_000).toISOString(),
  audience: { networkIds: ['net-lead2570'] },
  capacity: 30,
};
/** A seminar record as stored (announced), for the routes that act on one. */
const seminarDoc = (id: string, areaId: string, networkIds: string[]) => ({
  ...seminarBody,
  id,
  areaId,
  agenda: '',
  venue: 'ห้องประชุม',
  audience: { networkIds, levels: [], schoolCodes: [] },
  registrationDeadline: null,
  reminderOffsetsMinutes: [],
  status: 'announced' as const,
  createdBy: 'x',
  version: 1,
  announcedAt: new Date().toISOString(),
  cancelledAt: null,
  goingCount: 0,
  waitlistCount: 0,
  ticketSeq: 0,
  requireEvaluation: true,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
});
const evaluationBody = { ratings: { content: 5, speakers: 5, classroom: 5, arrangements: 5, overall: 5 }, comment: '' };
const checkInBody = { scans: [{ clientScanId: 'scan-0001', value: 'ABCD2345', scannedAt: new Date().toISOString() }] };
const roundBody = {
  title: 'สำรวจความต้องการ',
  templateId: 'form1',
  opensAt: new Date().toISOString(),
  closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
};
/** A round record as stored (a draft), for the routes that act on one. */
const roundDoc = (id: string, areaId: string, networkIds: string[]) => ({
  ...roundBody,
  id,
  areaId,
  templateVersion: 1,
  audience: { networkIds, levels: [], schoolCodes: [], seminarId: null },
  anonymous: false,
  status: 'draft' as const,
  openedAt: null,
  responseCount: 0,
  createdBy: 'x',
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
});
const networkBody = { name: 'ชุมชนครูคณิตศาสตร์', kind: 'teacher-community', level: 'office', joinCode: 'MATH01', joinPolicy: 'open' };

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as express knows it (for the coverage check) and the concrete path called. */
  route: string;
  path?: string;
  body?: unknown;
  allowed: Role[];
  /** Same route aimed at another office's record: must look like it does not exist. */
  otherOffice?: { path: string; body?: unknown };
}

const ROWS: Row[] = [
  { method: 'GET', route: '/api/me', allowed: ALL },
  { method: 'PUT', route: '/api/me/registration', body: registration(), allowed: ALL },
  { method: 'GET', route: '/api/schools', allowed: ALL },
  { method: 'PUT', route: '/api/me/consents', body: consents, allowed: ALL },
  { method: 'GET', route: '/api/me/export', allowed: ALL },
  { method: 'DELETE', route: '/api/me', allowed: ALL },
  { method: 'GET', route: '/api/networks/mine', allowed: ALL },
  { method: 'GET', route: '/api/networks/browse', allowed: ALL },
  { method: 'POST', route: '/api/networks/join', body: { code: 'SCIENCE1' }, allowed: ALL },
  {
    method: 'POST',
    route: '/api/networks/:id/join',
    path: '/api/networks/net-science1/join',
    allowed: ALL,
    otherOffice: { path: '/api/networks/net-other/join' },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/leave',
    path: '/api/networks/net-science1/leave',
    allowed: ALL,
    otherOffice: { path: '/api/networks/net-other/leave' },
  },
  { method: 'GET', route: '/api/networks', allowed: ['supervisor'] },
  { method: 'POST', route: '/api/networks', body: networkBody, allowed: ['supervisor'] },
  {
    method: 'PATCH',
    route: '/api/networks/:id',
    path: '/api/networks/net-science1',
    body: { ...networkBody, joinCode: 'SCIENCE1' },
    allowed: ['supervisor'],
    otherOffice: { path: '/api/networks/net-other', body: { ...networkBody, joinCode: 'OTHER1' } },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/archive',
    path: '/api/networks/net-wisdom1/archive',
    allowed: ['supervisor'],
    otherOffice: { path: '/api/networks/net-other/archive' },
  },
  {
    method: 'GET',
    route: '/api/networks/:id/members',
    path: '/api/networks/net-lead2570/members',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/networks/net-other/members' },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/coordinators',
    path: '/api/networks/net-science1/coordinators',
    body: { memberId: memberDocId('demo-esa', TEACHER) },
    allowed: ['supervisor'],
    otherOffice: { path: '/api/networks/net-other/coordinators', body: { memberId: memberDocId('demo-esa', TEACHER) } },
  },
  {
    method: 'POST',
    route: '/api/memberships/:id/decision',
    path: `/api/memberships/${PENDING}/decision`,
    body: { decision: 'approve' },
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: `/api/memberships/${OTHER_PENDING}/decision`, body: { decision: 'approve' } },
  },
  { method: 'GET', route: '/api/supervisor/data-quality', allowed: ['supervisor'] },
  {
    method: 'POST',
    route: '/api/school-pairs',
    body: { type: 'paired', schoolA: '1040010001', schoolB: '1040010002' },
    allowed: ['supervisor'],
  },
  { method: 'GET', route: '/api/me/pairings', allowed: ALL },
  { method: 'GET', route: '/api/supervisor/settings', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/supervisor/outbox', allowed: ['supervisor'] },
  { method: 'POST', route: '/api/supervisor/outbox/resume', allowed: ['supervisor'] },
  { method: 'PUT', route: '/api/supervisor/settings', body: { profileStaleDays: 90 }, allowed: ['supervisor'] },
  {
    method: 'GET',
    route: '/api/networks/:id/join-qr',
    path: '/api/networks/net-lead2570/join-qr',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/networks/net-other/join-qr' },
  },
  { method: 'POST', route: '/api/directory/:kind/preview', path: '/api/directory/schools/preview', body: {}, allowed: ['supervisor'] },
  { method: 'POST', route: '/api/directory/:kind/import', path: '/api/directory/schools/import', body: {}, allowed: ['supervisor'] },
  { method: 'GET', route: '/api/directory/:kind/export', path: '/api/directory/schools/export?format=csv', allowed: ['supervisor'] },
  { method: 'POST', route: '/api/supervisor/nudges', body: { memberIds: [memberDocId('demo-esa', TEACHER)] }, allowed: ['supervisor'] },
  { method: 'POST', route: '/api/supervisor/nudges/preview', body: { word: 'current' }, allowed: ['supervisor'] },
  { method: 'GET', route: '/api/supervisor/audit', allowed: ['supervisor'] },
  // The office's staff (bot/test/staff-roles-api.test.ts has the last-supervisor rule and another office's member).
  { method: 'GET', route: '/api/supervisor/staff', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/supervisor/staff/search', path: '/api/supervisor/staff/search?q=สมศรี', allowed: ['supervisor'] },
  {
    method: 'POST',
    route: '/api/supervisor/staff',
    body: { memberId: memberDocId('demo-esa', TEACHER) },
    allowed: ['supervisor'],
    otherOffice: { path: '/api/supervisor/staff', body: { memberId: OTHER_MEMBER } },
  },
  {
    method: 'DELETE',
    route: '/api/supervisor/staff/:memberId',
    path: `/api/supervisor/staff/${memberDocId('demo-esa', TEACHER)}`,
    allowed: ['supervisor'],
    otherOffice: { path: `/api/supervisor/staff/${OTHER_MEMBER}` },
  },
  { method: 'GET', route: '/api/seminars', allowed: ALL },
  { method: 'GET', route: '/api/seminars/managed', allowed: ['coordinator', 'supervisor'] },
  { method: 'POST', route: '/api/seminars', body: seminarBody, allowed: ['coordinator', 'supervisor'] },
  {
    method: 'PATCH',
    route: '/api/seminars/:id',
    path: '/api/seminars/sem-lead',
    body: { title: 'ประชุมเครือข่าย (แก้ไข)' },
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other', body: { title: 'x' } },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/cancel',
    path: '/api/seminars/sem-lead/cancel',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other/cancel' },
  },
  {
    method: 'GET',
    route: '/api/seminars/:id/announce-preview',
    path: '/api/seminars/sem-lead/announce-preview',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other/announce-preview' },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/announce',
    path: '/api/seminars/sem-lead/announce',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other/announce' },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/rsvp',
    path: '/api/seminars/sem-all/rsvp',
    body: { status: 'going' },
    allowed: ALL,
    otherOffice: { path: '/api/seminars/sem-other/rsvp', body: { status: 'going' } },
  },
  ...(['ticket', 'evaluation'] as const).map((what): Row => ({
    method: 'GET',
    route: `/api/seminars/:id/${what}`,
    path: `/api/seminars/sem-all/${what}`,
    allowed: ALL,
    otherOffice: { path: `/api/seminars/sem-other/${what}` },
  })),
  {
    method: 'PUT',
    route: '/api/seminars/:id/evaluation',
    path: '/api/seminars/sem-all/evaluation',
    body: evaluationBody,
    allowed: ALL,
    otherOffice: { path: '/api/seminars/sem-other/evaluation', body: evaluationBody },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/check-ins',
    path: '/api/seminars/sem-lead/check-ins',
    body: checkInBody,
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other/check-ins', body: checkInBody },
  },
  {
    method: 'GET',
    route: '/api/seminars/:id/attendance',
    path: '/api/seminars/sem-lead/attendance',
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/seminars/sem-other/attendance' },
  },
  { method: 'GET', route: '/api/form-templates', allowed: ['coordinator', 'supervisor'] },
  {
    method: 'GET',
    route: '/api/form-templates/:templateId',
    path: '/api/form-templates/form1-needs-survey',
    allowed: ['coordinator', 'supervisor'],
  },
  {
    method: 'PUT',
    route: '/api/form-templates/:templateId',
    path: '/api/form-templates/form1-needs-survey',
    body: { title: 'แบบสำรวจความต้องการ (แก้ไข)' },
    allowed: ['supervisor'],
  },
  {
    method: 'POST',
    route: '/api/form-templates/:templateId/clone',
    path: '/api/form-templates/form1-needs-survey/clone',
    body: { newId: 'form1-copy' },
    allowed: ['supervisor'],
  },
  { method: 'GET', route: '/api/form-rounds', allowed: ['coordinator', 'supervisor'] },
  {
    method: 'POST',
    route: '/api/form-rounds',
    body: { ...roundBody, audience: { networkIds: ['net-lead2570'] } },
    allowed: ['coordinator', 'supervisor'],
  },
  { method: 'GET', route: '/api/form-rounds/mine', allowed: ALL },
  ...(['open-preview', 'open', 'summary', 'nudges', 'export', 'not-answered'] as const).map((what): Row => ({
    method: what === 'open' || what === 'nudges' ? 'POST' : 'GET',
    route: `/api/form-rounds/:id/${what}`,
    path: `/api/form-rounds/rnd-lead/${what}`,
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: `/api/form-rounds/rnd-other/${what}` },
  })),
  {
    method: 'GET',
    route: '/api/form-rounds/:id',
    path: '/api/form-rounds/rnd-lead',
    allowed: ALL,
    otherOffice: { path: '/api/form-rounds/rnd-other' },
  },
  {
    method: 'PUT',
    route: '/api/form-rounds/:id/draft',
    path: '/api/form-rounds/rnd-lead/draft',
    body: { answers: {} },
    allowed: ALL,
    otherOffice: { path: '/api/form-rounds/rnd-other/draft', body: { answers: {} } },
  },
  {
    method: 'POST',
    route: '/api/form-rounds/:id/responses',
    path: '/api/form-rounds/rnd-lead/responses',
    body: { answers: {}, idempotencyKey: 'key-00000001' },
    allowed: ALL,
    otherOffice: { path: '/api/form-rounds/rnd-other/responses', body: { answers: {}, idempotencyKey: 'key-00000001' } },
  },
  // Plan, dashboard, recommendations and the next cycle (steps 2, 5, 6).
  { method: 'GET', route: '/api/plan', allowed: ['coordinator', 'supervisor'] },
  { method: 'POST', route: '/api/plan/activities', body: { title: 'สัมมนา', kind: 'seminar' }, allowed: ['coordinator', 'supervisor'] },
  ...(['PUT', 'DELETE'] as const).map((method): Row => ({
    method,
    route: '/api/plan/activities/:id',
    path: '/api/plan/activities/pa-none',
    body: method === 'PUT' ? { title: 'แก้ไข' } : undefined,
    allowed: ['coordinator', 'supervisor'],
    otherOffice: { path: '/api/plan/activities/pa-other', body: method === 'PUT' ? { title: 'แก้ไข' } : undefined },
  })),
  { method: 'GET', route: '/api/dashboard', allowed: ['coordinator', 'supervisor'] },
  { method: 'GET', route: '/api/recommendations', allowed: ['coordinator', 'supervisor'] },
  { method: 'POST', route: '/api/recommendations', body: { text: 'ขยายผล PLC' }, allowed: ['supervisor'] },
  {
    method: 'PUT',
    route: '/api/recommendations/:id',
    path: '/api/recommendations/rec-none',
    body: { status: 'done' },
    allowed: ['supervisor'],
    otherOffice: { path: '/api/recommendations/rec-other', body: { status: 'done' } },
  },
  { method: 'POST', route: '/api/cycle/next', allowed: ['supervisor'] },
  // Form 3 reports: supervisors only (another office's report: bot/test/report-api.test.ts).
  { method: 'GET', route: '/api/reports', allowed: ['supervisor'] },
  { method: 'POST', route: '/api/reports', body: { cycle: { yearBE: 2570, periodKind: 'fiscal' } }, allowed: ['supervisor'] },
  { method: 'GET', route: '/api/reports/:id', path: '/api/reports/rep-none', allowed: ['supervisor'] },
  { method: 'GET', route: '/api/reports/:id/files/:kind', path: '/api/reports/rep-none/files/pdf', allowed: ['supervisor'] },
  {
    method: 'POST',
    route: '/api/reports/:id/transition',
    path: '/api/reports/rep-none/transition',
    body: { action: 'review' },
    allowed: ['supervisor'],
  },
  ...(['publish-preview', 'publish'] as const).map((what): Row => ({
    method: 'POST',
    route: `/api/reports/:id/${what}`,
    path: `/api/reports/rep-none/${what}`,
    body: { networkIds: [] },
    allowed: ['supervisor'],
  })),
  // The network development log and library (step 4): the network's managers record; active members read the library.
  ...networkLogRows(),
];

/** One row per route of bot/src/api/network-activity-routes.ts, aimed at the demo coordinator's network. */
function networkLogRows(): Row[] {
  const managers: Role[] = ['coordinator', 'supervisor'];
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const row = (method: Row['method'], tail: string, body?: unknown): Row => ({
    method,
    route: `/api/networks/:id/${tail.replace('nac-none', ':activityId').replace('f-none', ':fileId').replace('lib-none', ':itemId').replace(/\?.*$/, '')}`,
    path: `/api/networks/net-lead2570/${tail}`,
    body,
    // The teacher here has only asked to join (pending), so the library is closed to them too.
    allowed: managers,
    otherOffice: { path: `/api/networks/net-other/${tail}`, body },
  });
  return [
    row('GET', 'activities'),
    row('GET', 'activity-options'),
    row('POST', 'activities', { title: 'แลกเปลี่ยนเรียนรู้', kind: 'knowledge-exchange', date: today }),
    row('PATCH', 'activities/nac-none', { title: 'แก้ไข' }),
    row('DELETE', 'activities/nac-none'),
    row('POST', 'activities/nac-none/evidence'),
    row('GET', 'activities/nac-none/evidence/f-none'),
    row('DELETE', 'activities/nac-none/evidence/f-none'),
    row('GET', 'library'),
    row('POST', 'library', { title: 'คู่มือ', url: 'https://www.obec.go.th' }),
    row('POST', 'library/documents?title=x'),
    row('DELETE', 'library/lib-none'),
    row('GET', 'library/lib-none/file'),
  ];
}
/** Routes open to anyone (no identity involved). */
const PUBLIC = ['GET /api/liff-config'];

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
  await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'LEAD2570' }); // a pending request to decide on
  const now = new Date().toISOString();
  await stack.deps.repos.networks.put(
    newNetwork(
      {
        id: 'net-other',
        areaId: 'other-esa',
        name: 'เครือข่ายของเขตอื่น',
        kind: 'individual',
        level: 'office',
        joinCode: 'OTHER1',
        joinPolicy: 'open',
      },
      now,
    ),
  );
  await stack.deps.repos.memberships.put({
    id: OTHER_PENDING,
    areaId: 'other-esa',
    networkId: 'net-other',
    memberId: 'other-esa:U0000000000000000000000000000abcd',
    role: 'member',
    status: 'pending',
    joinedAt: null,
    createdAt: now,
    updatedAt: now,
  });
});
beforeEach(async () => {
  await stack.deps.repos.seminars.put(seminarDoc('sem-lead', 'demo-esa', ['net-lead2570']));
  await stack.deps.repos.seminars.put(seminarDoc('sem-all', 'demo-esa', []));
  await stack.deps.repos.seminars.put(seminarDoc('sem-other', 'other-esa', []));
  await stack.deps.repos.formRounds.put(roundDoc('rnd-lead', 'demo-esa', ['net-lead2570']));
  await stack.deps.repos.formRounds.put(roundDoc('rnd-other', 'other-esa', []));
  await stack.deps.repos.planActivities.put({
    id: 'pa-other',
    areaId: 'other-esa',
    planId: 'other-esa:2570-fiscal',
    title: 'กิจกรรมของเขตอื่น',
    kind: 'seminar',
    description: '',
    networkKinds: [],
    networkIds: [],
    answersNeeds: [],
    startsOn: '2027-01-10',
    endsOn: '2027-01-10',
    ownerMemberId: null,
    budget: null,
    status: 'planned',
    clonedFromId: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
  await stack.deps.repos.recommendations.put({
    id: 'rec-other',
    areaId: 'other-esa',
    yearBE: 2570,
    periodKind: 'fiscal',
    text: 'ข้อเสนอแนะของเขตอื่น',
    needKey: null,
    networkKind: null,
    status: 'open',
    fromYearBE: 2570,
    carriedFromId: null,
    createdBy: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
});
afterEach(async () => {
  await stack.stop();
});

describe('Authorisation matrix', () => {
  it('When the app is built, then every API route has a row here (a new route cannot be forgotten)', () => {
    type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; rawPath?: unknown };
    const app = createApp(stack.deps) as unknown as { router: { stack: Layer[] } };
    const found = new Set<string>();
    const walk = (layers: Layer[], prefix: string) => {
      for (const l of layers) {
        if (l.route) for (const m of Object.keys(l.route.methods)) found.add(`${m.toUpperCase()} ${prefix}${l.route.path}`);
        if (l.handle?.stack) walk(l.handle.stack, prefix + (typeof l.rawPath === 'string' && l.rawPath !== '/' ? l.rawPath : ''));
      }
    };
    walk(app.router.stack, '');
    const apiRoutes = [...found].filter((r) => r.includes(' /api/'));
    const covered = new Set([...ROWS.map((r) => `${r.method} ${r.route}`), ...PUBLIC]);
    expect(apiRoutes.filter((r) => !covered.has(r))).toEqual([]);
    expect(apiRoutes.length).toBeGreaterThanOrEqual(ROWS.length);
  });

  it.each(ROWS.map((r) => [`${r.method} ${r.route}`, r] as const))(
    'When each role calls %s, then only the allowed roles pass',
    async (_name, row) => {
      for (const role of ALL) {
        const res = await api(stack, USERS[role], row.method, row.path ?? row.route, row.body);
        // Allowed means the role gets past authorisation (a 400 for this body is fine); never a 5xx.
        if (row.allowed.includes(role))
          expect([role, res.status === 401 || res.status === 403 || res.status >= 500]).toEqual([role, false]);
        else expect([role, res.status, res.body?.error?.code]).toEqual([role, 403, 'auth/forbidden']);
      }
    },
  );

  it.each(ROWS.filter((r) => r.otherOffice).map((r) => [`${r.method} ${r.route}`, r] as const))(
    "When a supervisor aims %s at another office's record, then it is not found and nothing changes",
    async (_name, row) => {
      const before = JSON.stringify([
        await stack.deps.repos.networks.get('net-other'),
        await stack.deps.repos.memberships.get(OTHER_PENDING),
      ]);
      const res = await api(stack, SUPERVISOR, row.method, row.otherOffice!.path, row.otherOffice!.body);
      expect(res.status).toBe(404);
      expect(
        JSON.stringify([await stack.deps.repos.networks.get('net-other'), await stack.deps.repos.memberships.get(OTHER_PENDING)]),
      ).toBe(before);
    },
  );

  it('When nobody signs in, then every non-public route answers 401', async () => {
    for (const row of ROWS) {
      const res = await fetch(`${stack.botUrl}${row.path ?? row.route}`, {
        method: row.method,
        headers: { 'content-type': 'application/json' },
        body: row.body ? JSON.stringify(row.body) : undefined,
      });
      expect([row.route, res.status]).toEqual([row.route, 401]);
    }
  });
});
