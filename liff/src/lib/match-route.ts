// Route patterns with ":name" segments ("/supervisor/networks/:id"), matched against the current route.

export type RouteParams = Readonly<Record<string, string>>;

/** The pattern's params when the route fits it segment by segment, else null. */
export function matchRoute(pattern: string, route: string): RouteParams | null {
  const want = pattern.split('/');
  const got = route.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null; // a broken %-escape is not a route of ours
      }
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

/** The first entry whose pattern fits the route, with its params. */
export function findRoute<T>(table: readonly (readonly [string, T])[], route: string): { value: T; params: RouteParams } | null {
  for (const [pattern, value] of table) {
    const params = matchRoute(pattern, route);
    if (params) return { value, params };
  }
  return null;
}
