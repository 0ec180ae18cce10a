// Wire contracts of the REST API used by the LIFF app: paths, request and response schemas.
import { z } from 'zod';
import { consentRecordSchema, memberProfileSchema, memberRoles, memberStatuses } from '../domain/member';
import { educationLevels } from '../domain/school';

export const API_PATHS = {
  liffConfig: '/api/liff-config',
  me: '/api/me',
  registration: '/api/me/registration',
  schools: '/api/schools',
} as const;

/** Runtime configuration of the LIFF app, so one build serves local mode and production. */
export const liffConfigSchema = z.object({
  liffId: z.string().min(1),
  /** Local mode: the LIFF app runs with @line/liff-mock and the simulator's identity. */
  mock: z.boolean(),
  /** Base of deep links into this LIFF app (https://liff.line.me/{liffId} in production), for join links and QR codes. */
  liffUrl: z.string(),
  areaName: z.string(),
});
export type LiffConfig = z.infer<typeof liffConfigSchema>;

export const memberViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  pictureUrl: z.string().optional(),
  status: z.enum(memberStatuses),
  roles: z.array(z.enum(memberRoles)),
  registered: z.boolean(),
  registeredAt: z.string().nullable(),
  profileConfirmedAt: z.string().nullable(),
  profile: memberProfileSchema.nullable(),
  consents: z.array(consentRecordSchema),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const meResponseSchema = z.object({
  member: memberViewSchema,
  area: z.object({ id: z.string(), name: z.string() }),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const registrationResponseSchema = z.object({ member: memberViewSchema });
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;

export const schoolListItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  district: z.string(),
  levels: z.array(z.enum(educationLevels)),
});
export const schoolsResponseSchema = z.object({ schools: z.array(schoolListItemSchema) });
export type SchoolListItem = z.infer<typeof schoolListItemSchema>;

/** Every API error has this body; `message` is Thai, ready to show. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});
