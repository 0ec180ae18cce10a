// Area: one Educational Service Area office (the tenant).
import { z } from 'zod';
import { areaId, auditFields, thaiText } from './common';
import { THAI_TZ } from '../dates';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../outbox/quiet-hours';

export const areaKinds = ['primary', 'secondary'] as const;

export const areaSchema = z.object({
  id: areaId,
  name: thaiText(200).min(1),
  kind: z.enum(areaKinds),
  province: thaiText(100),
  /** Days after which a profile counts as not confirmed (data-quality view). */
  profileStaleDays: z.number().int().min(1).max(730).default(180),
  /** The office's own monthly budget of LINE messages (recipients); null = only LINE's plan limit applies. */
  monthlyMessageQuota: z.number().int().min(0).max(100_000_000).nullable().default(null),
  /** Who signs the certificates (e.g. the office director); the title defaults to ผู้อำนวยการ + the office name. */
  certificateSignerName: thaiText(150).nullable().default(null),
  certificateSignerTitle: thaiText(200).nullable().default(null),
  /** No pushes from this local hour (Bangkok)… */
  quietStartHour: z.number().int().min(0).max(23).default(21),
  /** …until this one (the same hour twice = no quiet time). */
  quietEndHour: z.number().int().min(0).max(23).default(7),
  ...auditFields,
});
export type Area = z.infer<typeof areaSchema>;

/** The signer block printed on the office's certificates. */
export const certificateSigner = (a: Pick<Area, 'name' | 'certificateSignerName' | 'certificateSignerTitle'>) => ({
  ...(a.certificateSignerName ? { signerName: a.certificateSignerName } : {}),
  signerTitle: a.certificateSignerTitle ?? `ผู้อำนวยการ${a.name}`,
});

/** A new office with the default settings: the one way to make one (seed, first start, tests). */
export const newArea = (fields: Pick<Area, 'id' | 'name' | 'kind' | 'province'>, now: string): Area => ({
  ...fields,
  profileStaleDays: 180,
  monthlyMessageQuota: null,
  certificateSignerName: null,
  certificateSignerTitle: null,
  quietStartHour: 21,
  quietEndHour: 7,
  createdAt: now,
  updatedAt: now,
});

/** The office's quiet hours (default 21:00–07:00 Bangkok; an unknown office gets the default). */
export const quietHoursOf = (a: Pick<Area, 'quietStartHour' | 'quietEndHour'> | null): QuietHours =>
  a ? { startHour: a.quietStartHour, endHour: a.quietEndHour, timeZone: THAI_TZ } : DEFAULT_QUIET_HOURS;
