// A certificate of attendance (เกียรติบัตร): one per attendee and seminar, numbered once per office and Buddhist year.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime } from './common';

export const certificateSchema = z.object({
  /** `${seminarId}:${memberId}`: issuing twice finds the same certificate. */
  id: z.string(),
  /** Unguessable id in the public verification link (anyone holding it may check the certificate). */
  publicId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  areaId,
  seminarId: z.string(),
  memberId: z.string(),
  /** Running number within the office and Buddhist year, from 1. */
  seq: z.number().int().min(1),
  beYear: z.number().int().min(2500).max(2700),
  /** As printed, e.g. "ที่ 0012/2569". */
  number: z.string(),
  recipientName: z.string(),
  seminarTitle: z.string(),
  seminarStartsAt: isoDateTime,
  issuedAt: isoDateTime,
  ...auditFields,
});
export type Certificate = z.infer<typeof certificateSchema>;

/** The counter document that hands out running numbers: one per office and Buddhist year. */
export const certificateCounterId = (area: string, beYear: number) => `${area}:certificates:${beYear}`;
export const certificateCounterSchema = z.object({ id: z.string(), areaId, beYear: z.number().int(), last: z.number().int().min(0) });
export type CertificateCounter = z.infer<typeof certificateCounterSchema>;
