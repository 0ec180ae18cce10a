import { PAGE_ROUTES } from '../src/app/route-table';
import { findRoute, matchRoute } from '../src/lib/match-route';
import { routeRegExp } from './route-preloads';

describe("index.html's route preloads pick the same route as the router", () => {
  const table = PAGE_ROUTES.map((r) => [r.path, r] as const);
  const samples = [
    '/',
    '/register',
    '/forms',
    '/forms/rnd-abc',
    '/forms/rnd-abc/extra',
    '/seminars/sem-1',
    '/seminars/sem-1/ticket',
    '/supervisor/seminars/sem-1/attendance',
    '/supervisor/form-templates/tpl-1',
    '/networks/manage',
    '/networks/manage/net-1',
    '/nothing-here',
  ];

  it.each(samples)('%s', (route) => {
    const byRouter = findRoute(table, route)?.value ?? null;
    const byPreload = PAGE_ROUTES.find((r) => new RegExp(routeRegExp(r.path)).test(route)) ?? null;
    expect(byPreload).toBe(byRouter);
  });

  it('takes a trailing slash as the router does (navigation strips it)', () => {
    expect(new RegExp(routeRegExp('/forms/:roundId')).test('/forms/rnd-1/')).toBe(true);
    expect(matchRoute('/forms/:roundId', '/forms/rnd-1')).toEqual({ roundId: 'rnd-1' });
  });

  it('gives every route of the table a pattern', () => {
    for (const r of PAGE_ROUTES) expect(new RegExp(routeRegExp(r.path)).test(r.path.replace(/:[A-Za-z]+/g, 'x'))).toBe(true);
  });
});
