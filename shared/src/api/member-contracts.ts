// Wire contracts of "my data" (PDPA: see, export, delete, consents) and the supervisor's data-quality view.
import { z } from 'zod';
import { thaiText } from '../domain/common';
import { consentPurposes } from '../domain/member';
import { memberViewSchema } from './contracts';

export const MEMBER_PATHS = {
  /** PUT: change consents (withdrawing network contact stops every push). */
  consents: '/api/me/consents',
  /** GET ?format=json|csv: everything stored about me. */
  export: '/api/me/export',
  /** DELETE: forget me (profile, consents, memberships). */
  me: '/api/me',
  /** GET (supervisor): incomplete or stale profiles, schools missing from their networks. */
  dataQuality: '/api/supervisor/data-quality',
  /** POST (supervisor) { memberIds }: ask them to update their profile; at most once a day each. */
  nudges: '/api/supervisor/nudges',
  /** GET / PUT (supervisor): the office's settings (stale-profile days, message budget, quiet hours, certificate signer). */
  settings: '/api/supervisor/settings',
  /** GET (supervisor): messages held back because LINE's monthly limit was reached. */
  outbox: '/api/supervisor/outbox',
  /** POST (supervisor): after the quota was raised, send the held-back messages now. */
  outboxResume: '/api/supervisor/outbox/resume',
} as const;

export const outboxStatusResponseSchema = z.object({
  parkedForQuota: z.object({ batches: z.number(), recipients: z.number() }),
});
export type OutboxStatusResponse = z.infer<typeof outboxStatusResponseSchema>;
export const outboxResumeResponseSchema = z.object({ resumed: z.number() });
export type OutboxResumeResponse = z.infer<typeof outboxResumeResponseSchema>;

export const settingsRequestSchema = z
  .object({
    profileStaleDays: z.number().int().min(7).max(730).optional(),
    /** Messages (recipients) the office allows itself per month; null = LINE's plan limit only. */
    monthlyMessageQuota: z.number().int().min(0).max(100_000_000).nullable().optional(),
    /** Printed under the signature line of certificates; null = none / the default title. */
    certificateSignerName: thaiText(150).min(1).nullable().optional(),
    certificateSignerTitle: thaiText(200).min(1).nullable().optional(),
    /** Quiet hours (Bangkok local hours): no pushes from the start hour until the end hour. */
    quietStartHour: z.number().int().min(0).max(23).optional(),
    quietEndHour: z.number().int().min(0).max(23).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'ต้องระบุค่าที่จะเปลี่ยนอย่างน้อยหนึ่งค่า');

export const settingsResponseSchema = z.object({
  profileStaleDays: z.number(),
  monthlyMessageQuota: z.number().nullable(),
  certificateSignerName: z.string().nullable(),
  certificateSignerTitle: z.string().nullable(),
  quietStartHour: z.number(),
  quietEndHour: z.number(),
});
export type SettingsResponse = z.infer<typeof settingsResponseSchema>;
export type SettingsRequest = z.input<typeof settingsRequestSchema>;

/** The settings part of an office record (zod drops every other field). */
export const toSettingsView = (area: SettingsResponse): SettingsResponse => settingsResponseSchema.parse(area);

export const consentsRequestSchema = z.object({
  consents: z.object(
    Object.fromEntries(consentPurposes.map((p) => [p, z.boolean()])) as Record<(typeof consentPurposes)[number], z.ZodBoolean>,
  ),
  noticeVersion: z.string().min(1).max(20),
});
export type ConsentsRequest = z.infer<typeof consentsRequestSchema>;
export const consentsResponseSchema = z.object({ member: memberViewSchema });

export const dataQualityPersonSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  schoolCode: z.string().nullable(),
  missing: z.array(z.enum(['registration', 'subjects', 'levels'])),
  profileConfirmedAt: z.string().nullable(),
  lastNudgedAt: z.string().nullable(),
  reachable: z.boolean(),
});
export const dataQualityResponseSchema = z.object({
  staleDays: z.number().int(),
  incomplete: z.array(dataQualityPersonSchema),
  stale: z.array(dataQualityPersonSchema),
  schoolsWithoutMembers: z.array(
    z.object({ networkId: z.string(), networkName: z.string(), schoolCode: z.string(), schoolName: z.string() }),
  ),
});
export type DataQualityResponse = z.infer<typeof dataQualityResponseSchema>;

export const nudgeRequestSchema = z.object({ memberIds: z.array(z.string().min(1).max(200)).min(1).max(500) });
export const nudgeResponseSchema = z.object({
  sent: z.number().int(),
  skippedRecently: z.number().int(),
  skippedUnreachable: z.number().int(),
});
export type NudgeResponse = z.infer<typeof nudgeResponseSchema>;

export const deleteMeResponseSchema = z.object({
  deleted: z.literal(true),
  memberships: z.number().int(),
  /** Seminar answers kept without the person (checked in: counts stay) and deleted (never came). */
  seminarAnswers: z.object({ anonymised: z.number().int(), deleted: z.number().int() }),
  /** Network activities where they are now counted among the participants outside the system. */
  activities: z.number().int(),
});
export type DeleteMeResponse = z.infer<typeof deleteMeResponseSchema>;
