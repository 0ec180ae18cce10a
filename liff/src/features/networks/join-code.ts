// Join codes as people type them ("ab 12-cd") and what the server accepts (A–Z, 0–9, 4–12 long).
import { joinCode } from '@nithet/shared';

/** Upper case without spaces or dashes, which people add when reading a code aloud or copying it. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidJoinCode(raw: string): boolean {
  return joinCode.safeParse(normaliseJoinCode(raw)).success;
}
