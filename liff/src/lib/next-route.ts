// Where to go after a detour (e.g. registering before joining): only paths inside this app, never another site.

/** Longer than any real in-app route with its query; a guard against junk, not a rule of the app. */
const MAX_LENGTH = 300;

/**
 * A `next` value that is safe to navigate to: starts with one "/", has no scheme, host, backslash or
 * control characters, and carries no simulator identity. Anything else gives null (stay on the page).
 */
export function safeNextRoute(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters in a URL are the attack being refused
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, 'https://app.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'https://app.invalid') return null;
  if (/mockIdToken|mockUserId/i.test(url.search)) return null;
  return `${url.pathname}${url.search}`;
}

/** "/register" + "/join?code=AB12" → "/register?next=%2Fjoin%3Fcode%3DAB12". */
export function withNext(route: string, next: string): string {
  return `${route}?${new URLSearchParams({ next }).toString()}`;
}
