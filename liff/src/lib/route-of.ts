// The route inside the app for a page's path (no React, no app imports: start-up uses it too).
import { env } from '../config/env';

/** "/liff/register/" → "/register"; "/liff" and "/liff/" → "/". */
export function routeOf(pathname: string, basePath: string = env.basePath): string {
  let path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path === '' ? '/' : path;
}
