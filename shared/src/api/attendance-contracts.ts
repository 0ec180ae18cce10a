// Wire contracts after the RSVP: my ticket (QR), check-in scans (batched, offline-safe), attendance,
// the seminar evaluation and the certificate.
import { z } from 'zod';
import { isoDateTime } from '../domain/common';
import { seminarEvaluationInputSchema, type SeminarEvaluationItemId } from '../domain/seminar-evaluation';
import { seminarViewSchema } from './seminar-contracts';

const seg = (id: string) => encodeURIComponent(id);

export const ATTENDANCE_PATHS = {
  /** GET (attendee who is going): my signed QR ticket and manual code. */
  ticket: (id: string) => `/api/seminars/${seg(id)}/ticket`,
  /** POST (manager): a batch of scans or typed codes; each gets its own outcome. */
  checkIns: (id: string) => `/api/seminars/${seg(id)}/check-ins`,
  /** GET (manager): who is going, who came, who evaluated; `?format=xlsx` downloads the sheet. */
  attendance: (id: string) => `/api/seminars/${seg(id)}/attendance`,
  /** GET: the questions, my answer and certificate; PUT: submit or edit my answer (checked-in attendees). */
  evaluation: (id: string) => `/api/seminars/${seg(id)}/evaluation`,
  /** Public, unguessable: the certificate PDF and its verification page. */
  certificatePdf: (publicId: string) => `/certificates/${seg(publicId)}.pdf`,
  verify: (publicId: string) => `/verify/${seg(publicId)}`,
} as const;

export const ticketResponseSchema = z.object({
  /** What the QR code holds: a signed, time-limited check-in token. */
  token: z.string(),
  /** Eight characters to read out or type when the camera cannot scan. */
  code: z.string(),
  /** The QR code as an SVG document (no network needed to show it again). */
  qrSvg: z.string(),
  validUntil: isoDateTime,
  checkedInAt: isoDateTime.nullable(),
  seminar: seminarViewSchema,
});
export type TicketResponse = z.infer<typeof ticketResponseSchema>;

export const MAX_SCANS_PER_REQUEST = 200;

export const checkInScanSchema = z.object({
  /** Made on the phone when scanned: the same scan synced twice is answered the same way. */
  clientScanId: z.string().min(8).max(64),
  /** The QR token or a typed code. */
  value: z.string().trim().min(1).max(1000),
  /** When the phone scanned it (offline scans sync later). */
  scannedAt: isoDateTime,
});
export type CheckInScan = z.infer<typeof checkInScanSchema>;

export const checkInRequestSchema = z.object({ scans: z.array(checkInScanSchema).min(1).max(MAX_SCANS_PER_REQUEST) });
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

export const checkInOutcomes = [
  'checked-in',
  'already-checked-in',
  'invalid',
  'expired',
  'wrong-seminar',
  'not-going',
  'outside-window',
  'unknown-code',
] as const;
export type CheckInOutcome = (typeof checkInOutcomes)[number];

export const checkInResultSchema = z.object({
  clientScanId: z.string(),
  outcome: z.enum(checkInOutcomes),
  /** Thai, for the person holding the phone. */
  message: z.string(),
  /** The attendee's display name when the scan identified one. */
  name: z.string().nullable(),
  checkedInAt: isoDateTime.nullable(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const checkInResponseSchema = z.object({
  results: z.array(checkInResultSchema),
  checkedIn: z.number(),
  going: z.number(),
});
export type CheckInResponse = z.infer<typeof checkInResponseSchema>;

export const attendanceRowSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  schoolName: z.string(),
  status: z.enum(['going', 'not-going', 'waitlisted']),
  checkedInAt: isoDateTime.nullable(),
  checkInMethod: z.enum(['qr', 'code']).nullable(),
  evaluated: z.boolean(),
  certificateNumber: z.string().nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const attendanceResponseSchema = z.object({
  seminar: seminarViewSchema,
  rows: z.array(attendanceRowSchema),
  totals: z.object({ going: z.number(), waitlisted: z.number(), checkedIn: z.number(), evaluated: z.number(), certificates: z.number() }),
  /** Mean rating per evaluation item (null before any answer). */
  evaluationAverages: z.record(z.string(), z.number().nullable()),
});
export type AttendanceResponse = z.infer<typeof attendanceResponseSchema>;

export const certificateViewSchema = z.object({
  number: z.string(),
  issuedAt: isoDateTime,
  pdfUrl: z.string(),
  verifyUrl: z.string(),
});
export type CertificateView = z.infer<typeof certificateViewSchema>;

export const evaluationRequestSchema = seminarEvaluationInputSchema;

export const evaluationResponseSchema = z.object({
  seminar: seminarViewSchema,
  items: z.array(z.object({ id: z.string(), label: z.string() })),
  /** My submitted answer, to edit. */
  answer: seminarEvaluationInputSchema.nullable(),
  /** Why I cannot answer yet (not checked in), or null. */
  blockedReason: z.enum(['not-checked-in']).nullable(),
  certificate: certificateViewSchema.nullable(),
});
export type EvaluationResponse = z.infer<typeof evaluationResponseSchema>;

export type EvaluationAverages = Record<SeminarEvaluationItemId, number | null>;
