// Roster entries: people in the office's directory who have no LINE account linked (yet), keyed by school + name.
import { z } from 'zod';
import { areaId, auditFields, lineUserId, thaiText } from '../domain/common';
import { educationLevels, schoolCode } from '../domain/school';
import { positions, titles } from '../domain/member';
import { cleanText } from './cell-values';

export const rosterEntrySchema = z.object({
  id: z.string(),
  areaId,
  schoolCode,
  title: z.enum(titles),
  firstName: thaiText(80).min(1),
  lastName: thaiText(80).min(1),
  position: z.enum(positions),
  subjects: z.array(z.string()).default([]),
  levels: z.array(z.enum(educationLevels)).default([]),
  phone: z.string().optional(),
  /** `schoolCode|firstName|lastName`, normalised: what links the entry to a Member who registers in LINE. */
  personKey: z.string(),
  /** Set once a Member with the same person key registered; the Member is then the record of truth. */
  linkedMemberId: z.string().optional(),
  linkedLineUserId: lineUserId.optional(),
  ...auditFields,
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** Same school + same first and last name (NFC, spacing collapsed) = the same person. */
export const personKey = (school: string, firstName: string, lastName: string): string =>
  [school.trim(), cleanText(firstName), cleanText(lastName)].join('|');

/** cyrb53: a 53-bit string hash, pure and fast; ids stay short however long the Thai names are. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Deterministic, so importing the same person twice addresses the same document. */
export const rosterDocId = (area: string, key: string): string => `${area}:${key.split('|')[0]}:${hash53(key)}`;
