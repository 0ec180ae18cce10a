// Check-in tickets: a signed, time-limited QR token per attendee and seminar, and an 8-character code to type instead.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Seminar } from '@nithet/shared';

const PREFIX = 'NTC1';
const HOUR = 3600_000;
/** Tickets are good until two hours after the end (late sign-ins at the door, slow queues). */
export const TICKET_GRACE_MS = 2 * HOUR;
/** Crockford base32 without I, L, O, U: nothing to misread when a code is read out in a hall. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export const ticketExpiry = (s: Pick<Seminar, 'endsAt'>): Date => new Date(Date.parse(s.endsAt) + TICKET_GRACE_MS);

/**
 * The QR's text: the seminar, the attendee's check-in code (not their LINE id: anyone may read a QR) and the expiry,
 * signed. The code leads back to the attendee through the seminar's answers.
 */
export function signTicket(secret: string, seminarId: string, memberId: string, expiresAt: Date): string {
  const code = checkInCode(secret, seminarId, memberId);
  const payload = Buffer.from(`${seminarId}\n${code}\n${Math.floor(expiresAt.getTime() / 1000)}`).toString('base64url');
  const sig = mac(secret, `check-in:${payload}`).subarray(0, 16).toString('base64url');
  return `${PREFIX}.${payload}.${sig}`;
}

export type TicketCheck =
  { ok: true; seminarId: string; code: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' | 'wrong-seminar' };

/** Only whether we signed it (any seminar, any time): enough to draw its QR, never to check anyone in. */
export function verifyTicketSignature(secret: string, token: string): boolean {
  const [prefix, payload = '', sig = ''] = token.split('.');
  return prefix === PREFIX && sameBytes(Buffer.from(sig, 'base64url'), mac(secret, `check-in:${payload}`).subarray(0, 16));
}

/** Verifies the signature first (a forged token learns nothing), then the seminar, then the expiry at `at`. */
export function verifyTicket(secret: string, token: string, expectedSeminarId: string, at: Date): TicketCheck {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !verifyTicketSignature(secret, parts.join('.'))) return { ok: false, reason: 'invalid' };
  const fields = Buffer.from(parts[1]!, 'base64url').toString('utf8').split('\n');
  const [seminarId, code, exp] = fields;
  if (fields.length !== 3 || !seminarId || !code || !/^\d{1,12}$/.test(exp ?? '')) return { ok: false, reason: 'invalid' };
  if (seminarId !== expectedSeminarId) return { ok: false, reason: 'wrong-seminar' };
  const expiresAt = new Date(Number(exp) * 1000);
  if (at.getTime() > expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, seminarId, code, expiresAt };
}

export const looksLikeTicket = (value: string): boolean => value.trim().startsWith(`${PREFIX}.`);

/** The attendee's manual code for one seminar: 8 characters of an HMAC, so it cannot be guessed from the name. */
export function checkInCode(secret: string, seminarId: string, memberId: string): string {
  const bytes = mac(secret, `check-in-code:${seminarId}:${memberId}`);
  let out = '';
  for (let i = 0; i < 8; i += 1) out += ALPHABET[bytes[i]! % 32];
  return out;
}

/** What a person typed, in the code's alphabet: case, spaces and dashes ignored, O→0 and I/L→1. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** What an attendee carries: the QR token, the code to type instead, and until when the QR is good. */
export function issueTicket(secret: string, seminar: Pick<Seminar, 'id' | 'endsAt'>, memberId: string) {
  const validUntil = ticketExpiry(seminar);
  return { token: signTicket(secret, seminar.id, memberId, validUntil), code: checkInCode(secret, seminar.id, memberId), validUntil };
}
