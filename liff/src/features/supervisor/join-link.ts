// The link a network's members open (or scan as a QR) to join: this app's /join page with the code.

/** `${origin}/liff/join?code=CODE` — in production the origin that serves the LIFF endpoint. */
export function joinLink(origin: string, basePath: string, code: string): string {
  return `${origin}${basePath}/join?${new URLSearchParams({ code }).toString()}`;
}
