// LINE Login ID tokens: minted with a platform-private HMAC key and verified like /oauth2/v2.1/verify.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface IdTokenPayload {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  nonce?: string;
  amr: string[];
  name: string;
  picture?: string;
}

export type VerifyResult = { ok: true; payload: IdTokenPayload } | { ok: false; error_description: string };

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export class IdTokenIssuer {
  // A fresh key per platform: tokens cannot be forged by anyone outside this process.
  private readonly key = randomBytes(32);

  mint(payload: IdTokenPayload): string {
    const head = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64(payload)}`;
    return `${head}.${this.sign(head)}`;
  }

  /** Same checks and wording as LINE: signature, then expiry, then audience, subject, nonce. */
  verify(idToken: string, clientId: string, nowMs: number, expect: { userId?: string; nonce?: string }): VerifyResult {
    const parts = idToken.split('.');
    const [head, body, sig] = parts;
    if (parts.length !== 3 || !head || !body || !sig || !this.signatureMatches(`${head}.${body}`, sig)) {
      return { ok: false, error_description: 'Invalid IdToken.' };
    }
    let payload: IdTokenPayload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as IdTokenPayload;
    } catch {
      return { ok: false, error_description: 'Invalid IdToken.' };
    }
    if (payload.exp * 1000 <= nowMs) return { ok: false, error_description: 'IdToken expired.' };
    if (payload.aud !== clientId) return { ok: false, error_description: 'Invalid IdToken Audience.' };
    if (expect.userId !== undefined && payload.sub !== expect.userId) {
      return { ok: false, error_description: 'Invalid IdToken Subject Identifier.' };
    }
    if (expect.nonce !== undefined && payload.nonce !== expect.nonce) return { ok: false, error_description: 'Invalid IdToken Nonce.' };
    return { ok: true, payload };
  }

  private sign(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }

  private signatureMatches(input: string, sig: string): boolean {
    const expected = Buffer.from(this.sign(input));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
