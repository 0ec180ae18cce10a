// Member: a person who added the office's LINE account; their profile, roles and PDPA consents.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, lineUserId, thaiText } from './common';
import { educationLevels, schoolCode } from './school';

export const memberRoles = ['teacher', 'coordinator', 'supervisor', 'admin'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const positions = ['teacher', 'director', 'deputy-director', 'supervisor', 'agency-partner', 'community-partner', 'other'] as const;
export const titles = ['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ดร.', 'อื่น ๆ'] as const;

/** Purposes a member consents to, separately (PDPA). */
export const consentPurposes = ['network-contact', 'publish-photos', 'share-with-parent-agency'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentRecordSchema = z.object({
  purpose: z.enum(consentPurposes),
  granted: z.boolean(),
  noticeVersion: z.string().min(1).max(20),
  at: isoDateTime,
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const memberStatuses = ['following', 'blocked'] as const;

const phone = z
  .string()
  .trim()
  .regex(/^0[0-9]{8,9}$/, 'phone');

/** What a person fills in on the registration page; shared by the LIFF form and the API. */
export const registrationInputSchema = z.object({
  title: z.enum(titles),
  firstName: thaiText(80).min(1),
  lastName: thaiText(80).min(1),
  schoolCode,
  position: z.enum(positions),
  subjects: z.array(thaiText(60).min(1)).max(12).default([]),
  levels: z.array(z.enum(educationLevels)).min(1).max(4),
  phone: phone.optional().or(z.literal('').transform(() => undefined)),
  consents: z.object({
    'network-contact': z.literal(true),
    'publish-photos': z.boolean(),
    'share-with-parent-agency': z.boolean(),
  }),
  noticeVersion: z.string().min(1).max(20),
});
export type RegistrationInput = z.input<typeof registrationInputSchema>;
export type Registration = z.output<typeof registrationInputSchema>;

export const memberProfileSchema = z.object({
  title: z.enum(titles),
  firstName: z.string(),
  lastName: z.string(),
  schoolCode,
  position: z.enum(positions),
  subjects: z.array(z.string()),
  levels: z.array(z.enum(educationLevels)),
  phone: z.string().optional(),
});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

export const memberSchema = z.object({
  id: z.string(),
  areaId,
  lineUserId,
  displayName: z.string().max(200),
  pictureUrl: z.string().optional(),
  status: z.enum(memberStatuses),
  roles: z.array(z.enum(memberRoles)).min(1),
  profile: memberProfileSchema.nullable(),
  registeredAt: isoDateTime.nullable(),
  profileConfirmedAt: isoDateTime.nullable(),
  consents: z.array(consentRecordSchema),
  followedAt: isoDateTime,
  /** Last time a supervisor asked them to update their profile (at most once a day). */
  lastNudgedAt: isoDateTime.nullable().optional(),
  ...auditFields,
});
export type Member = z.infer<typeof memberSchema>;

export const memberDocId = (area: string, userId: string): string => `${area}:${userId}`;

/** A person who has just added the account (or registered first): a teacher with no profile yet. */
export function newMember(who: { areaId: string; lineUserId: string; displayName: string; pictureUrl?: string }, now: string): Member {
  return {
    id: memberDocId(who.areaId, who.lineUserId),
    areaId: who.areaId,
    lineUserId: who.lineUserId,
    displayName: who.displayName,
    ...(who.pictureUrl ? { pictureUrl: who.pictureUrl } : {}),
    status: 'following',
    roles: ['teacher'],
    profile: null,
    registeredAt: null,
    profileConfirmedAt: null,
    consents: [],
    followedAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

/** How a member is named to others: title + full name from the profile, else their LINE display name. */
export const memberDisplayName = (m: Pick<Member, 'profile' | 'displayName'>): string =>
  m.profile ? `${m.profile.title}${m.profile.firstName} ${m.profile.lastName}` : m.displayName || 'สมาชิก';
