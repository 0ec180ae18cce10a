// Network and Membership: the manual's supervision networks and who belongs to them.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, lineGroupId, thaiText } from './common';
import { educationLevels } from './school';

/** Network kinds from the manual (§3, step 4.1–4.5) plus school clusters. */
export const networkKinds = [
  'individual',
  'teacher-community',
  'education-level',
  'community',
  'classroom-school',
  'school-partnership',
  'school-cluster',
] as const;
export type NetworkKind = (typeof networkKinds)[number];

/** The four levels of the organisation a network lives at. */
export const networkLevels = ['office', 'school', 'agency', 'community'] as const;
export type NetworkLevel = (typeof networkLevels)[number];

export const joinPolicies = ['open', 'approval'] as const;
export const networkStatuses = ['active', 'archived'] as const;

export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/, 'join code');

export const networkSchema = z.object({
  id: z.string(),
  areaId,
  name: thaiText(120).min(1),
  description: thaiText(1000).default(''),
  kind: z.enum(networkKinds),
  level: z.enum(networkLevels),
  joinCode,
  joinPolicy: z.enum(joinPolicies),
  status: z.enum(networkStatuses),
  levels: z.array(z.enum(educationLevels)).default([]),
  subjects: z.array(z.string()).default([]),
  schoolCodes: z.array(z.string()).default([]),
  lineGroupId: lineGroupId.optional(),
  /** For school partnerships: paired (คู่พัฒนา) or sibling (พี่–น้อง, first school is the พี่ school). */
  partnershipType: z.enum(['paired', 'sibling']).optional(),
  ...auditFields,
});
export type Network = z.infer<typeof networkSchema>;

export const membershipRoles = ['member', 'coordinator'] as const;
export const membershipStatuses = ['pending', 'active', 'left', 'declined'] as const;

export const membershipSchema = z.object({
  id: z.string(),
  areaId,
  networkId: z.string(),
  memberId: z.string(),
  role: z.enum(membershipRoles),
  status: z.enum(membershipStatuses),
  joinedAt: isoDateTime.nullable(),
  ...auditFields,
});
export type Membership = z.infer<typeof membershipSchema>;

export const membershipDocId = (networkId: string, memberId: string): string => `${networkId}:${memberId}`;
export const joinCodeDocId = (area: string, code: string): string => `${area}:${code}`;

/** A new active network: what is not given is empty (no levels, subjects or schools = open to the office). */
export function newNetwork(
  fields: Pick<Network, 'id' | 'areaId' | 'name' | 'kind' | 'level' | 'joinCode' | 'joinPolicy'> & Partial<Network>,
  now: string,
): Network {
  return { description: '', status: 'active', levels: [], subjects: [], schoolCodes: [], createdAt: now, updatedAt: now, ...fields };
}
