// Wire contracts of the networks API: what the LIFF pages send and receive.
import { z } from 'zod';
import { joinPolicies, membershipRoles, membershipStatuses, networkKinds, networkLevels, networkStatuses } from '../domain/network';
import { educationLevels } from '../domain/school';

export const NETWORK_PATHS = {
  /** GET: networks I belong to or asked to join. */
  mine: '/api/networks/mine',
  /** GET: active networks of my office that suit me (levels, subjects). */
  browse: '/api/networks/browse',
  /** POST { code }: join by code (also what a join link/QR leads to). */
  joinByCode: '/api/networks/join',
  /** GET (supervisor): every network with member counts by school and level; POST: create. */
  all: '/api/networks',
  one: (id: string) => `/api/networks/${encodeURIComponent(id)}`,
  join: (id: string) => `/api/networks/${encodeURIComponent(id)}/join`,
  leave: (id: string) => `/api/networks/${encodeURIComponent(id)}/leave`,
  archive: (id: string) => `/api/networks/${encodeURIComponent(id)}/archive`,
  members: (id: string) => `/api/networks/${encodeURIComponent(id)}/members`,
  coordinators: (id: string) => `/api/networks/${encodeURIComponent(id)}/coordinators`,
  /** GET (managers): the join link and its QR code as SVG, for posters and slides. */
  joinQr: (id: string) => `/api/networks/${encodeURIComponent(id)}/join-qr`,
  /** POST (supervisor) { type: paired|sibling, schoolA, schoolB }. */
  pairs: '/api/school-pairs',
  /** GET: partnerships that include my school. */
  myPairings: '/api/me/pairings',
  decide: (membershipId: string) => `/api/memberships/${encodeURIComponent(membershipId)}/decision`,
} as const;

export const networkViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(networkKinds),
  level: z.enum(networkLevels),
  joinPolicy: z.enum(joinPolicies),
  status: z.enum(networkStatuses),
  levels: z.array(z.enum(educationLevels)),
  subjects: z.array(z.string()),
  /** Schools that belong to the network (partnerships, clusters); empty for open-to-all networks. */
  schoolCodes: z.array(z.string()),
  /** Only shown to people who manage the network (to share the join link). */
  joinCode: z.string().optional(),
});
export type NetworkView = z.infer<typeof networkViewSchema>;

export const membershipViewSchema = z.object({
  id: z.string(),
  role: z.enum(membershipRoles),
  status: z.enum(membershipStatuses),
  joinedAt: z.string().nullable(),
});

export const myNetworksResponseSchema = z.object({
  networks: z.array(z.object({ network: networkViewSchema, membership: membershipViewSchema })),
});
export type MyNetworksResponse = z.infer<typeof myNetworksResponseSchema>;

export const browseNetworksResponseSchema = z.object({
  networks: z.array(z.object({ network: networkViewSchema, myStatus: z.enum(membershipStatuses).nullable() })),
});
export type BrowseNetworksResponse = z.infer<typeof browseNetworksResponseSchema>;

export const joinByCodeRequestSchema = z.object({ code: z.string().trim().min(1).max(40) });

export const joinResponseSchema = z.object({
  outcome: z.enum(['joined', 'pending', 'already-member', 'already-pending']),
  network: networkViewSchema,
  membership: membershipViewSchema,
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const networkSummarySchema = z.object({
  network: networkViewSchema,
  active: z.number().int(),
  pending: z.number().int(),
  bySchool: z.array(z.object({ schoolCode: z.string(), schoolName: z.string(), count: z.number().int() })),
  byLevel: z.array(z.object({ level: z.enum(educationLevels), count: z.number().int() })),
});
export const networksOverviewResponseSchema = z.object({ networks: z.array(networkSummarySchema) });
export type NetworksOverviewResponse = z.infer<typeof networksOverviewResponseSchema>;

export const networkMemberRowSchema = z.object({
  membershipId: z.string(),
  memberId: z.string(),
  name: z.string(),
  schoolCode: z.string().nullable(),
  schoolName: z.string().nullable(),
  levels: z.array(z.enum(educationLevels)),
  role: z.enum(membershipRoles),
  status: z.enum(membershipStatuses),
  joinedAt: z.string().nullable(),
});
export const networkMembersResponseSchema = z.object({ network: networkViewSchema, members: z.array(networkMemberRowSchema) });
export type NetworkMembersResponse = z.infer<typeof networkMembersResponseSchema>;

export const decisionRequestSchema = z.object({ decision: z.enum(['approve', 'decline']) });
export const appointCoordinatorRequestSchema = z.object({ memberId: z.string().min(1).max(200) });

export const pairingsResponseSchema = z.object({
  pairings: z.array(
    z.object({
      network: networkViewSchema,
      /** null for partnership networks made by hand rather than by pairing two schools. */
      type: z.enum(['paired', 'sibling']).nullable(),
      schoolCodes: z.array(z.string()),
    }),
  ),
});
export type PairingsResponse = z.infer<typeof pairingsResponseSchema>;

export const joinQrResponseSchema = z.object({ joinUrl: z.string(), svg: z.string() });
export type JoinQrResponse = z.infer<typeof joinQrResponseSchema>;

export const leaveResponseSchema = z.object({ left: z.boolean() });
export const decisionResponseSchema = z.object({ changed: z.boolean(), membership: membershipViewSchema });
export const networkResponseSchema = z.object({ network: networkViewSchema });
export const okResponseSchema = z.object({ ok: z.literal(true) });
