// Whose drafts these are: the LINE user id (the ID token's `sub`), so two people sharing a phone or a browser never see each other's answers.

/** A storage-safe key for the person behind a LIFF ID token; 'anonymous' when there is no readable token. */
export function ownerKeyOf(idToken: string | null): string {
  const payload = idToken?.split('.')[1];
  if (!payload) return 'anonymous';
  try {
    const json = JSON.parse(decodeBase64Url(payload)) as { sub?: unknown };
    return typeof json.sub === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(json.sub) ? json.sub : 'anonymous';
  } catch {
    return 'anonymous';
  }
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
