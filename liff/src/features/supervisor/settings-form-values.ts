// The office settings form: text fields as typed, read into the API's numbers and nulls (blank = none / default).
import { z } from 'zod';
import type { SettingsRequest, SettingsResponse } from '@nithet/shared';

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .refine((v) => Number(v) >= min && Number(v) <= max);
const hour = z.string().regex(/^([01]?\d|2[0-3])$/);

export const settingsFormSchema = z.object({
  monthlyMessageQuota: z.union([z.literal(''), wholeNumber(0, 100_000_000)]),
  quietStartHour: hour,
  quietEndHour: hour,
  certificateSignerName: z.string().trim().max(150),
  certificateSignerTitle: z.string().trim().max(200),
  profileStaleDays: wholeNumber(7, 730),
});
export type SettingsFormValues = z.input<typeof settingsFormSchema>;
export type SettingsField = keyof SettingsFormValues;

export const settingsFormValuesOf = (s: SettingsResponse): SettingsFormValues => ({
  monthlyMessageQuota: s.monthlyMessageQuota === null ? '' : String(s.monthlyMessageQuota),
  quietStartHour: String(s.quietStartHour),
  quietEndHour: String(s.quietEndHour),
  certificateSignerName: s.certificateSignerName ?? '',
  certificateSignerTitle: s.certificateSignerTitle ?? '',
  profileStaleDays: String(s.profileStaleDays),
});

export const toSettingsRequest = (v: z.output<typeof settingsFormSchema>): SettingsRequest => ({
  monthlyMessageQuota: v.monthlyMessageQuota === '' ? null : Number(v.monthlyMessageQuota),
  quietStartHour: Number(v.quietStartHour),
  quietEndHour: Number(v.quietEndHour),
  certificateSignerName: v.certificateSignerName || null,
  certificateSignerTitle: v.certificateSignerTitle || null,
  profileStaleDays: Number(v.profileStaleDays),
});
