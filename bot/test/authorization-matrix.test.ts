// The authorisation matrix: every API route × every role (none, teacher, coordinator, supervisor, admin) × own and
// other office. The routes are read from the app itself (express's router stack), so a new route without a row in
// bot/test/security/api-routes.ts fails here, and so does a row whose route is gone.
import { memberDocId } from '@nithet/shared';
import { createApp } from '../src/app';
import { resolve } from 'node:path';
import { ROOT_DIR, startTestStack } from './support/local-stack';
import { api } from './support/people';
import {
  LIFF_PAGE_ROUTE,
  NON_API_ROUTES,
  OTHER_OFFICE_MARKERS,
  OTHER_MEMBER,
  OTHER_PENDING,
  PUBLIC_API,
  ROLES,
  ROWS,
  routeTable,
  seedMatrixOffice,
  USERS,
  type Row,
} from './security/api-routes';

jest.setTimeout(30_000);

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
  await seedMatrixOffice(stack);
});
afterEach(async () => {
  await stack.stop();
});

const name = (r: Row) => `${r.method} ${r.route}`;
/** Every record of the other office, as stored: none of them may change whatever this office's people send. */
const otherOffice = async () =>
  JSON.stringify(
    await Promise.all([
      stack.deps.repos.networks.get('net-other'),
      stack.deps.repos.memberships.get(OTHER_PENDING),
      stack.deps.repos.members.get(OTHER_MEMBER),
      stack.deps.repos.seminars.get('sem-other'),
      stack.deps.repos.formRounds.get('rnd-other'),
      stack.deps.repos.planActivities.get('pa-other'),
      stack.deps.repos.recommendations.get('rec-other'),
    ]),
  );
const leaked = (body: unknown) => OTHER_OFFICE_MARKERS.filter((m) => JSON.stringify(body ?? '').includes(m));

describe('Authorisation matrix', () => {
  it('When the app is built, then every route is in the table (API rows, public API, non-API with its protection) and no row is stale', () => {
    const routes = routeTable(createApp(stack.deps, { liffDistDir: resolve(ROOT_DIR, 'liff/dist') }));
    const known = new Set([...ROWS.map(name), ...PUBLIC_API, ...Object.keys(NON_API_ROUTES)]);
    expect(routes.filter((r) => !known.has(r))).toEqual([]);
    // The LIFF page exists once liff/ is built; everything else listed must still be a route.
    expect([...known].filter((r) => !routes.includes(r) && r !== LIFF_PAGE_ROUTE)).toEqual([]);
    expect(new Set(ROWS.map(name)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((r) => [name(r), r] as const))('When each role calls %s, then only the allowed roles pass', async (_name, row) => {
    for (const role of ROLES) {
      const res = await api(stack, USERS[role], row.method, row.path ?? row.route, row.body);
      // Allowed means the role gets past authorisation (a 400 or 404 for this sample is fine); never a 5xx.
      if (row.allowed.includes(role)) expect([role, res.status === 401 || res.status === 403 || res.status >= 500]).toEqual([role, false]);
      // Someone the office has never seen has no member record: the API says so (and nothing else).
      else if (role === 'none') expect([role, res.status, res.body?.error?.code]).toEqual([role, 404, 'member/not-found']);
      else expect([role, res.status, res.body?.error?.code]).toEqual([role, 403, 'auth/forbidden']);
      expect([role, leaked(res.body)]).toEqual([role, []]);
    }
  });

  it.each(ROWS.filter((r) => r.otherOffice).map((r) => [name(r), r] as const))(
    "When any role aims %s at another office's record, then it is refused or not found and nothing there changes",
    async (_name, row) => {
      const before = await otherOffice();
      for (const role of ROLES) {
        const res = await api(stack, USERS[role], row.method, row.otherOffice!.path, row.otherOffice!.body);
        // Those allowed the route find nothing there; others are refused, before or after the lookup (403 or 404).
        const expected = row.allowed.includes(role) || role === 'none' ? [404] : [403, 404];
        expect([role, expected.includes(res.status) ? 'refused' : res.status]).toEqual([role, 'refused']);
        expect([role, leaked(res.body)]).toEqual([role, []]);
      }
      expect(await otherOffice()).toBe(before);
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

  it("When the office's admin (and only admin) signs in, then they are recognised as staff of this office", async () => {
    const admin = await stack.deps.repos.members.get(memberDocId('demo-esa', USERS.admin));
    expect(admin?.roles).toEqual(['admin']);
  });
});
