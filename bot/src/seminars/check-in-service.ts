// Turns scanned values (QR tokens or typed codes) into the member they name, for the shared check-in use case.
import { seminarRsvps, type CheckInScan, type ResolvedScan, type Seminar } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { checkInCode, looksLikeTicket, normaliseCode, verifyTicket } from './check-in-token';
import { signingSecret } from '../config';

export async function resolveScans(deps: BotDeps, seminar: Seminar, scans: readonly CheckInScan[]): Promise<ResolvedScan[]> {
  const secret = signingSecret(deps.config);
  let codes: Map<string, string> | undefined;
  // Codes are recomputed from the answers rather than stored: nothing to leak, nothing to keep in step.
  const codeBook = async () => {
    codes ??= new Map((await seminarRsvps(deps.repos, seminar.id)).map((r) => [checkInCode(secret, seminar.id, r.memberId), r.memberId]));
    return codes;
  };
  const out: ResolvedScan[] = [];
  for (const scan of scans) {
    const base = { clientScanId: scan.clientScanId, scannedAt: scan.scannedAt };
    if (looksLikeTicket(scan.value)) {
      const check = verifyTicket(secret, scan.value, seminar.id, new Date(scan.scannedAt));
      // A signed ticket whose code matches no answer any more (the answer was removed) checks in nobody.
      const memberId = check.ok ? ((await codeBook()).get(check.code) ?? null) : null;
      out.push({ ...base, method: 'qr', memberId, failure: check.ok ? (memberId ? null : 'not-going') : check.reason });
      continue;
    }
    const memberId = (await codeBook()).get(normaliseCode(scan.value)) ?? null;
    out.push({ ...base, method: 'code', memberId, failure: memberId ? null : 'unknown-code' });
  }
  return out;
}
