// The API's route table as the tests see it: one row per route of the real app (a sample call, who may make it, the
// same call aimed at another office), the routes outside /api with how each is protected, and the fixture office
// the rows are aimed at. The authorisation matrix and the fuzz suite both check the app's routes against it.
import { memberDocId, membershipDocId, newNetwork, PRIVACY_NOTICE_VERSION } from '@nithet/shared';
import type { Express } from 'express';
import type { LocalStack } from '../../src/local/local-stack';
import { SUPERVISOR, TEACHER, TEACHER_2 } from '../support/local-stack';
import { api, COORDINATOR, followAndRegister, registration, TEACHER_3 } from '../support/people';

/** "none": a LINE user the office has never seen (no member record); "admin": an office admin and nothing else. */
export type Role = 'none' | 'teacher' | 'coordinator' | 'supervisor' | 'admin';
export const ROLES: Role[] = ['none', 'teacher', 'coordinator', 'supervisor', 'admin'];
export const USERS: Record<Role, string> = {
  none: TEACHER_2,
  teacher: TEACHER,
  coordinator: COORDINATOR,
  supervisor: SUPERVISOR,
  admin: TEACHER_3,
};
export const MEMBERS: Role[] = ['teacher', 'coordinator', 'supervisor', 'admin'];
/** Registration and its school list: open to a LINE user the office has not seen yet (opened from a shared link). */
export const SIGNED_IN: Role[] = ['none', ...MEMBERS];
export const STAFF: Role[] = ['coordinator', 'supervisor', 'admin'];
export const SUPERVISORS: Role[] = ['supervisor', 'admin'];

export const PENDING = membershipDocId('net-lead2570', memberDocId('demo-esa', TEACHER));
export const OTHER_PENDING = 'net-other:other-esa:U0000000000000000000000000000abcd';
export const OTHER_MEMBER = 'other-esa:U0000000000000000000000000000abcd';
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

export interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as express knows it (for the coverage check) and the concrete path called. */
  route: string;
  path?: string;
  body?: unknown;
  allowed: Role[];
  /** Same route aimed at another office's record: must look like it does not exist. */
  otherOffice?: { path: string; body?: unknown };
}

export const ROWS: Row[] = [
  { method: 'GET', route: '/api/me', allowed: MEMBERS },
  { method: 'PUT', route: '/api/me/registration', body: registration(), allowed: SIGNED_IN },
  { method: 'GET', route: '/api/schools', allowed: SIGNED_IN },
  { method: 'PUT', route: '/api/me/consents', body: consents, allowed: MEMBERS },
  { method: 'GET', route: '/api/me/export', allowed: MEMBERS },
  { method: 'DELETE', route: '/api/me', allowed: MEMBERS },
  { method: 'GET', route: '/api/networks/mine', allowed: MEMBERS },
  { method: 'GET', route: '/api/networks/browse', allowed: MEMBERS },
  { method: 'POST', route: '/api/networks/join', body: { code: 'SCIENCE1' }, allowed: MEMBERS },
  {
    method: 'POST',
    route: '/api/networks/:id/join',
    path: '/api/networks/net-science1/join',
    allowed: MEMBERS,
    otherOffice: { path: '/api/networks/net-other/join' },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/leave',
    path: '/api/networks/net-science1/leave',
    allowed: MEMBERS,
    otherOffice: { path: '/api/networks/net-other/leave' },
  },
  { method: 'GET', route: '/api/networks', allowed: SUPERVISORS },
  { method: 'POST', route: '/api/networks', body: networkBody, allowed: SUPERVISORS },
  {
    method: 'PATCH',
    route: '/api/networks/:id',
    path: '/api/networks/net-science1',
    body: { ...networkBody, joinCode: 'SCIENCE1' },
    allowed: SUPERVISORS,
    otherOffice: { path: '/api/networks/net-other', body: { ...networkBody, joinCode: 'OTHER1' } },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/archive',
    path: '/api/networks/net-wisdom1/archive',
    allowed: SUPERVISORS,
    otherOffice: { path: '/api/networks/net-other/archive' },
  },
  {
    method: 'GET',
    route: '/api/networks/:id/members',
    path: '/api/networks/net-lead2570/members',
    allowed: STAFF,
    otherOffice: { path: '/api/networks/net-other/members' },
  },
  {
    method: 'POST',
    route: '/api/networks/:id/coordinators',
    path: '/api/networks/net-science1/coordinators',
    body: { memberId: memberDocId('demo-esa', TEACHER) },
    allowed: SUPERVISORS,
    otherOffice: { path: '/api/networks/net-other/coordinators', body: { memberId: memberDocId('demo-esa', TEACHER) } },
  },
  {
    method: 'POST',
    route: '/api/memberships/:id/decision',
    path: `/api/memberships/${PENDING}/decision`,
    body: { decision: 'approve' },
    allowed: STAFF,
    otherOffice: { path: `/api/memberships/${OTHER_PENDING}/decision`, body: { decision: 'approve' } },
  },
  { method: 'GET', route: '/api/supervisor/data-quality', allowed: SUPERVISORS },
  {
    method: 'POST',
    route: '/api/school-pairs',
    body: { type: 'paired', schoolA: '1040010001', schoolB: '1040010002' },
    allowed: SUPERVISORS,
  },
  { method: 'GET', route: '/api/me/pairings', allowed: MEMBERS },
  { method: 'GET', route: '/api/supervisor/settings', allowed: SUPERVISORS },
  { method: 'GET', route: '/api/supervisor/outbox', allowed: SUPERVISORS },
  { method: 'POST', route: '/api/supervisor/outbox/resume', allowed: SUPERVISORS },
  { method: 'PUT', route: '/api/supervisor/settings', body: { profileStaleDays: 90 }, allowed: SUPERVISORS },
  {
    method: 'GET',
    route: '/api/networks/:id/join-qr',
    path: '/api/networks/net-lead2570/join-qr',
    allowed: STAFF,
    otherOffice: { path: '/api/networks/net-other/join-qr' },
  },
  { method: 'POST', route: '/api/directory/:kind/preview', path: '/api/directory/schools/preview', body: {}, allowed: SUPERVISORS },
  { method: 'POST', route: '/api/directory/:kind/import', path: '/api/directory/schools/import', body: {}, allowed: SUPERVISORS },
  { method: 'GET', route: '/api/directory/:kind/export', path: '/api/directory/schools/export?format=csv', allowed: SUPERVISORS },
  { method: 'POST', route: '/api/supervisor/nudges', body: { memberIds: [memberDocId('demo-esa', TEACHER)] }, allowed: SUPERVISORS },
  { method: 'POST', route: '/api/supervisor/nudges/preview', body: { word: 'current' }, allowed: SUPERVISORS },
  { method: 'GET', route: '/api/supervisor/audit', allowed: SUPERVISORS },
  // The office's staff (bot/test/staff-roles-api.test.ts has the last-supervisor rule and another office's member).
  { method: 'GET', route: '/api/supervisor/staff', allowed: SUPERVISORS },
  { method: 'GET', route: '/api/supervisor/staff/search', path: '/api/supervisor/staff/search?q=สมศรี', allowed: SUPERVISORS },
  {
    method: 'POST',
    route: '/api/supervisor/staff',
    body: { memberId: memberDocId('demo-esa', TEACHER) },
    allowed: SUPERVISORS,
    otherOffice: { path: '/api/supervisor/staff', body: { memberId: OTHER_MEMBER } },
  },
  {
    method: 'DELETE',
    route: '/api/supervisor/staff/:memberId',
    path: `/api/supervisor/staff/${memberDocId('demo-esa', TEACHER)}`,
    allowed: SUPERVISORS,
    otherOffice: { path: `/api/supervisor/staff/${OTHER_MEMBER}` },
  },
  { method: 'GET', route: '/api/seminars', allowed: MEMBERS },
  { method: 'GET', route: '/api/seminars/managed', allowed: STAFF },
  { method: 'POST', route: '/api/seminars', body: seminarBody, allowed: STAFF },
  {
    method: 'PATCH',
    route: '/api/seminars/:id',
    path: '/api/seminars/sem-lead',
    body: { title: 'ประชุมเครือข่าย (แก้ไข)' },
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other', body: { title: 'x' } },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/cancel',
    path: '/api/seminars/sem-lead/cancel',
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other/cancel' },
  },
  {
    method: 'GET',
    route: '/api/seminars/:id/announce-preview',
    path: '/api/seminars/sem-lead/announce-preview',
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other/announce-preview' },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/announce',
    path: '/api/seminars/sem-lead/announce',
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other/announce' },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/rsvp',
    path: '/api/seminars/sem-all/rsvp',
    body: { status: 'going' },
    allowed: MEMBERS,
    otherOffice: { path: '/api/seminars/sem-other/rsvp', body: { status: 'going' } },
  },
  ...(['ticket', 'evaluation'] as const).map((what): Row => ({
    method: 'GET',
    route: `/api/seminars/:id/${what}`,
    path: `/api/seminars/sem-all/${what}`,
    allowed: MEMBERS,
    otherOffice: { path: `/api/seminars/sem-other/${what}` },
  })),
  {
    method: 'PUT',
    route: '/api/seminars/:id/evaluation',
    path: '/api/seminars/sem-all/evaluation',
    body: evaluationBody,
    allowed: MEMBERS,
    otherOffice: { path: '/api/seminars/sem-other/evaluation', body: evaluationBody },
  },
  {
    method: 'POST',
    route: '/api/seminars/:id/check-ins',
    path: '/api/seminars/sem-lead/check-ins',
    body: checkInBody,
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other/check-ins', body: checkInBody },
  },
  {
    method: 'GET',
    route: '/api/seminars/:id/attendance',
    path: '/api/seminars/sem-lead/attendance',
    allowed: STAFF,
    otherOffice: { path: '/api/seminars/sem-other/attendance' },
  },
  { method: 'GET', route: '/api/form-templates', allowed: STAFF },
  {
    method: 'GET',
    route: '/api/form-templates/:templateId',
    path: '/api/form-templates/form1-needs-survey',
    allowed: STAFF,
  },
  {
    method: 'PUT',
    route: '/api/form-templates/:templateId',
    path: '/api/form-templates/form1-needs-survey',
    body: { title: 'แบบสำรวจความต้องการ (แก้ไข)' },
    allowed: SUPERVISORS,
  },
  {
    method: 'POST',
    route: '/api/form-templates/:templateId/clone',
    path: '/api/form-templates/form1-needs-survey/clone',
    body: { newId: 'form1-copy' },
    allowed: SUPERVISORS,
  },
  { method: 'GET', route: '/api/form-rounds', allowed: STAFF },
  {
    method: 'POST',
    route: '/api/form-rounds',
    body: { ...roundBody, audience: { networkIds: ['net-lead2570'] } },
    allowed: STAFF,
  },
  { method: 'GET', route: '/api/form-rounds/mine', allowed: MEMBERS },
  ...(['open-preview', 'open', 'summary', 'nudges', 'export', 'not-answered'] as const).map((what): Row => ({
    method: what === 'open' || what === 'nudges' ? 'POST' : 'GET',
    route: `/api/form-rounds/:id/${what}`,
    path: `/api/form-rounds/rnd-lead/${what}`,
    allowed: STAFF,
    otherOffice: { path: `/api/form-rounds/rnd-other/${what}` },
  })),
  {
    method: 'GET',
    route: '/api/form-rounds/:id',
    path: '/api/form-rounds/rnd-lead',
    allowed: MEMBERS,
    otherOffice: { path: '/api/form-rounds/rnd-other' },
  },
  {
    method: 'PUT',
    route: '/api/form-rounds/:id/draft',
    path: '/api/form-rounds/rnd-lead/draft',
    body: { answers: {} },
    allowed: MEMBERS,
    otherOffice: { path: '/api/form-rounds/rnd-other/draft', body: { answers: {} } },
  },
  {
    method: 'POST',
    route: '/api/form-rounds/:id/responses',
    path: '/api/form-rounds/rnd-lead/responses',
    body: { answers: {}, idempotencyKey: 'key-00000001' },
    allowed: MEMBERS,
    otherOffice: { path: '/api/form-rounds/rnd-other/responses', body: { answers: {}, idempotencyKey: 'key-00000001' } },
  },
  // Plan, dashboard, recommendations and the next cycle (steps 2, 5, 6).
  { method: 'GET', route: '/api/plan', allowed: STAFF },
  { method: 'POST', route: '/api/plan/activities', body: { title: 'สัมมนา', kind: 'seminar' }, allowed: STAFF },
  ...(['PUT', 'DELETE'] as const).map((method): Row => ({
    method,
    route: '/api/plan/activities/:id',
    path: '/api/plan/activities/pa-none',
    body: method === 'PUT' ? { title: 'แก้ไข' } : undefined,
    allowed: STAFF,
    otherOffice: { path: '/api/plan/activities/pa-other', body: method === 'PUT' ? { title: 'แก้ไข' } : undefined },
  })),
  { method: 'GET', route: '/api/dashboard', allowed: STAFF },
  { method: 'GET', route: '/api/recommendations', allowed: STAFF },
  { method: 'POST', route: '/api/recommendations', body: { text: 'ขยายผล PLC' }, allowed: SUPERVISORS },
  {
    method: 'PUT',
    route: '/api/recommendations/:id',
    path: '/api/recommendations/rec-none',
    body: { status: 'done' },
    allowed: SUPERVISORS,
    otherOffice: { path: '/api/recommendations/rec-other', body: { status: 'done' } },
  },
  { method: 'POST', route: '/api/cycle/next', allowed: SUPERVISORS },
  // Form 3 reports: supervisors only (another office's report: bot/test/report-api.test.ts).
  { method: 'GET', route: '/api/reports', allowed: SUPERVISORS },
  { method: 'POST', route: '/api/reports', body: { cycle: { yearBE: 2570, periodKind: 'fiscal' } }, allowed: SUPERVISORS },
  { method: 'GET', route: '/api/reports/:id', path: '/api/reports/rep-none', allowed: SUPERVISORS },
  { method: 'GET', route: '/api/reports/:id/files/:kind', path: '/api/reports/rep-none/files/pdf', allowed: SUPERVISORS },
  {
    method: 'POST',
    route: '/api/reports/:id/transition',
    path: '/api/reports/rep-none/transition',
    body: { action: 'review' },
    allowed: SUPERVISORS,
  },
  ...(['publish-preview', 'publish'] as const).map((what): Row => ({
    method: 'POST',
    route: `/api/reports/:id/${what}`,
    path: `/api/reports/rep-none/${what}`,
    body: { networkIds: [] },
    allowed: SUPERVISORS,
  })),
  // The network development log and library (step 4): the network's managers record; active members read the library.
  ...networkLogRows(),
];

/** One row per route of bot/src/api/network-activity-routes.ts, aimed at the demo coordinator's network. */
function networkLogRows(): Row[] {
  const managers = STAFF;
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

/**
 * Routes outside the API and what protects each: a new one fails the matrix until it is listed here, so nobody adds
 * an unauthenticated route without saying why it may be one.
 */
export const LIFF_PAGE_ROUTE = 'GET /^\\/liff(\\/.*)?$/';
export const NON_API_ROUTES: Record<string, string> = {
  'GET /healthz': 'no data: store reachability only',
  'POST /webhook': "LINE's signature over the raw body (bot/test/security/webhook-signature.test.ts)",
  'GET /calendar/seminars/:file': 'HMAC-signed link (bot/test/seminar-calendar.test.ts)',
  'GET /certificates/:file': 'unguessable public id, by design public (bot/test/seminar-attendance.test.ts)',
  'GET /verify/:publicId': 'unguessable public id, by design public',
  'GET /tickets/:file': 'HMAC-signed ticket token (bot/test/seminar-attendance.test.ts)',
  'GET /reports/:file': 'published reports only, unguessable public id (bot/test/report-api.test.ts)',
  [LIFF_PAGE_ROUTE]: 'the LIFF page (once liff/ is built): the app and its config, no secrets (security-headers.test.ts)',
};
/** API routes open to anyone (no identity involved). */
export const PUBLIC_API = ['GET /api/liff-config'];

type Layer = { route?: { path: unknown; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; rawPath?: unknown };

/** Every route the app answers, as "METHOD /path", read from express's router stack (mount paths included). */
export function routeTable(app: Express): string[] {
  const found = new Set<string>();
  const walk = (layers: Layer[], prefix: string) => {
    for (const l of layers) {
      if (l.route) for (const m of Object.keys(l.route.methods)) found.add(`${m.toUpperCase()} ${prefix}${String(l.route.path)}`);
      if (l.handle?.stack) walk(l.handle.stack, prefix + (typeof l.rawPath === 'string' && l.rawPath !== '/' ? l.rawPath : ''));
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...found].sort();
}

/** Ids of the other office's records the rows aim at (none may ever show up in an answer to this office). */
export const OTHER_OFFICE_MARKERS = ['other-esa', 'net-other', 'sem-other', 'rnd-other', 'pa-other', 'rec-other', 'เขตอื่น'];

/** The fixture: the demo office with a pending join request and an admin, plus another office's records. */
export async function seedMatrixOffice(stack: LocalStack): Promise<void> {
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
  // The admin: an office admin who is nothing else (not a supervisor, not a coordinator).
  await followAndRegister(stack, TEACHER_3, { firstName: 'มาลี', lastName: 'ดูแลระบบ' });
  const admin = (await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER_3)))!;
  await stack.deps.repos.members.put({ ...admin, roles: ['admin'] });
}
