// Wire contracts of the network development log and library API: paths, what LIFF sends and what it reads back.
import { z } from 'zod';
import {
  activityParticipantsSchema,
  libraryItemKinds,
  networkActivityKinds,
  networkActivitySchema,
  storedFileContentTypes,
} from '../../domain/network-activity';
import { thaiText } from '../../domain/common';

const seg = encodeURIComponent;
const base = (networkId: string) => `/api/networks/${seg(networkId)}`;

export const NETWORK_LOG_PATHS = {
  /** GET (managers): the network's activities, newest first; POST: record one. */
  activities: (networkId: string) => `${base(networkId)}/activities`,
  /** PATCH / DELETE (managers): edit or delete (its evidence files go with it). */
  activity: (networkId: string, activityId: string) => `${base(networkId)}/activities/${seg(activityId)}`,
  /** GET (managers): what the record form offers — the network's members, seminars with their check-ins, planned activities. */
  options: (networkId: string) => `${base(networkId)}/activity-options`,
  /** POST (managers) raw file body, `x-file-name` header (URI-encoded): attach evidence. */
  evidence: (networkId: string, activityId: string) => `${base(networkId)}/activities/${seg(activityId)}/evidence`,
  /** GET (managers) the file; DELETE removes it. */
  evidenceFile: (networkId: string, activityId: string, fileId: string) =>
    `${base(networkId)}/activities/${seg(activityId)}/evidence/${seg(fileId)}`,
  /** GET (members and managers): the network's knowledge library; POST (managers) JSON: add a link. */
  library: (networkId: string) => `${base(networkId)}/library`,
  /** POST (managers) raw file body, `x-file-name` header, ?title=&description=&activityId=: add a document. */
  libraryDocuments: (networkId: string) => `${base(networkId)}/library/documents`,
  /** DELETE (managers). */
  libraryItem: (networkId: string, itemId: string) => `${base(networkId)}/library/${seg(itemId)}`,
  /** GET (members and managers): a library document. */
  libraryFile: (networkId: string, itemId: string) => `${base(networkId)}/library/${seg(itemId)}/file`,
} as const;

/** The header that carries an upload's original name (URI-encoded, since headers are Latin-1). */
export const FILE_NAME_HEADER = 'x-file-name';

export const libraryLinkInputSchema = z.object({
  title: thaiText(200).min(1, 'กรุณากรอกชื่อเรื่อง'),
  description: thaiText(1000).default(''),
  url: z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'กรุณาใส่ลิงก์เว็บที่ขึ้นต้นด้วย https://' }).max(2000)),
});
export type LibraryLinkInput = z.input<typeof libraryLinkInputSchema>;

export const libraryDocumentQuerySchema = z.object({
  title: thaiText(200).min(1, 'กรุณากรอกชื่อเรื่อง'),
  description: thaiText(1000).default(''),
  activityId: z.string().min(1).max(200).optional(),
});

/** What a coordinator fills in; links shared at the activity go to the library in the same step. */
export const networkActivityInputSchema = networkActivitySchema
  .pick({ title: true, kind: true, date: true, planActivityId: true, notes: true })
  .extend({
    participants: activityParticipantsSchema.default({ memberIds: [], seminarId: null, outsideCount: 0 }),
    knowledgeLinks: z.array(libraryLinkInputSchema).max(20).default([]),
  });
export type NetworkActivityInput = z.input<typeof networkActivityInputSchema>;

/** An edit: every field optional; links can only be added (removing is done in the library). */
export const networkActivityPatchSchema = networkActivityInputSchema.partial();

export const storedFileViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.enum(storedFileContentTypes),
  size: z.number(),
  uploadedAt: z.string(),
});
export type StoredFileView = z.infer<typeof storedFileViewSchema>;

export const libraryItemViewSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  kind: z.enum(libraryItemKinds),
  title: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  file: storedFileViewSchema.nullable(),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  addedByName: z.string(),
  createdAt: z.string(),
});
export type LibraryItemView = z.infer<typeof libraryItemViewSchema>;

export const networkActivityViewSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  title: z.string(),
  kind: z.enum(networkActivityKinds),
  date: z.string(),
  planActivityId: z.string().nullable(),
  participants: activityParticipantsSchema.extend({ count: z.number() }),
  notes: z.string(),
  evidence: z.array(storedFileViewSchema),
  knowledge: z.array(libraryItemViewSchema),
  recordedByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NetworkActivityView = z.infer<typeof networkActivityViewSchema>;

export const networkActivitiesResponseSchema = z.object({
  network: z.object({ id: z.string(), name: z.string() }),
  activities: z.array(networkActivityViewSchema),
});
export type NetworkActivitiesResponse = z.infer<typeof networkActivitiesResponseSchema>;

export const networkActivityResponseSchema = z.object({ activity: networkActivityViewSchema });
export type NetworkActivityResponse = z.infer<typeof networkActivityResponseSchema>;

const personSchema = z.object({ memberId: z.string(), name: z.string(), schoolName: z.string() });
export type ActivityPerson = z.infer<typeof personSchema>;

export const activityOptionsResponseSchema = z.object({
  network: z.object({ id: z.string(), name: z.string() }),
  /** Active members of the network (to pick participants from). */
  members: z.array(personSchema),
  /** Recent seminars of this network (or that the actor manages), with who checked in. */
  seminars: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string(), checkedIn: z.array(personSchema) })),
  /** Planned activities (step 2) that name this network. */
  planActivities: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type ActivityOptionsResponse = z.infer<typeof activityOptionsResponseSchema>;

export const libraryResponseSchema = z.object({
  network: z.object({ id: z.string(), name: z.string() }),
  /** Whether the reader may add and remove items (coordinator of the network or supervisor). */
  manager: z.boolean(),
  items: z.array(libraryItemViewSchema),
});
export type LibraryResponse = z.infer<typeof libraryResponseSchema>;

export const libraryItemResponseSchema = z.object({ item: libraryItemViewSchema });
export type LibraryItemResponse = z.infer<typeof libraryItemResponseSchema>;
