// The link a network's members open (or scan as a QR) to join: the LIFF app's /join page with the code.

/** `${liffUrl}/join?code=CODE`: a LIFF deep link (https://liff.line.me/{liffId}/…) opens inside LINE when scanned. */
export function joinLink(liffUrl: string, code: string): string {
  return `${liffUrl.replace(/\/$/, '')}/join?${new URLSearchParams({ code }).toString()}`;
}
