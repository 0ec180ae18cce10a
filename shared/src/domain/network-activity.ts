// NetworkActivity and LibraryItem: what a network did (step 4) with its evidence files, and the knowledge it shares.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { isoDay } from './cycle';
import { planActivityKinds } from './plan';

/** The forms of network development: the same kinds as planned activities, so the plan and the log line up. */
export const networkActivityKinds = planActivityKinds;
export type NetworkActivityKind = (typeof networkActivityKinds)[number];

/** File types accepted as evidence or library documents — recognised by their bytes, never by their names. */
export const STORED_FILE_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
} as const;
export type StoredFileContentType = keyof typeof STORED_FILE_TYPES;
export const storedFileContentTypes = Object.keys(STORED_FILE_TYPES) as [StoredFileContentType, ...StoredFileContentType[]];

/** 10 MB: a phone photo downscaled in LIFF is ~300 kB; a PDF of slides fits comfortably. */
export const MAX_STORED_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 30;

/** A file kept in the FileStore; the key never contains the uploaded name (names are display-only metadata). */
export const storedFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  key: z.string().min(1).max(300),
  /** Sanitised display name, with the extension that matches its real type. */
  name: z.string().min(1).max(120),
  contentType: z.enum(storedFileContentTypes),
  size: z.number().int().min(1).max(MAX_STORED_FILE_BYTES),
  uploadedBy: z.string(),
  uploadedAt: isoDateTime,
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export const activityParticipantsSchema = z.object({
  /** Members of the office who took part (picked, or the checked-in attendees of `seminarId`). */
  memberIds: z.array(z.string().min(1).max(200)).max(5000).default([]),
  /** The seminar whose attendance (checked-in RSVPs) the participants were taken from. */
  seminarId: z.string().min(1).max(200).nullable().default(null),
  /** People who took part but are not in the system (students, parents, partners without LINE). */
  outsideCount: z.number().int().min(0).max(100000).default(0),
});
export type ActivityParticipants = z.infer<typeof activityParticipantsSchema>;

export const networkActivitySchema = z.object({
  id: z.string(),
  areaId,
  networkId: z.string(),
  title: thaiText(200).min(1),
  kind: z.enum(networkActivityKinds),
  /** The day it took place, in Asia/Bangkok (YYYY-MM-DD); shown in พ.ศ. */
  date: isoDay,
  /** The planned activity (step 2) this carried out, when there is one. */
  planActivityId: z.string().min(1).max(200).nullable().default(null),
  participants: activityParticipantsSchema,
  notes: thaiText(5000).default(''),
  evidence: z.array(storedFileSchema).max(MAX_EVIDENCE_FILES).default([]),
  /** Knowledge shared at the activity: items of the network's library (links, documents) added from it. */
  libraryItemIds: z.array(z.string()).max(50).default([]),
  /** Member id of the coordinator or supervisor who recorded it. */
  recordedBy: z.string(),
  ...auditFields,
});
export type NetworkActivity = z.infer<typeof networkActivitySchema>;

/** Everyone who took part: members in the system plus those outside it (the dashboard's participation figure). */
export const participantCount = (a: Pick<NetworkActivity, 'participants'>): number =>
  a.participants.memberIds.length + a.participants.outsideCount;

export const libraryItemKinds = ['link', 'document'] as const;
export type LibraryItemKind = (typeof libraryItemKinds)[number];

/** Only web links: no javascript:, data: or file: URLs in a page other people open. */
export const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000);

/** An item of a network's knowledge library: a link (url) or a document (file), never both. */
export const libraryItemSchema = z.object({
  id: z.string(),
  areaId,
  networkId: z.string(),
  kind: z.enum(libraryItemKinds),
  title: thaiText(200).min(1),
  description: thaiText(1000).default(''),
  url: httpUrl.nullable().default(null),
  file: storedFileSchema.nullable().default(null),
  /** The activity at which this knowledge was shared, when it came from one. */
  activityId: z.string().nullable().default(null),
  addedBy: z.string(),
  ...auditFields,
});
export type LibraryItem = z.infer<typeof libraryItemSchema>;
