// Building blocks shared by every schema: ids, ISO times, LINE ids and the tenant key.
import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: false });
export const lineUserId = z.string().regex(/^U[0-9a-f]{32}$/, 'LINE user id');
export const lineGroupId = z.string().regex(/^[CR][0-9a-f]{32}$/, 'LINE group or room id');
/** Every record carries its office (tenant), so many offices can share one deployment. */
export const areaId = z.string().regex(/^[a-z0-9-]{2,40}$/, 'area id');
export const docId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/]+$/, 'document id');

/** Thai-first display text: trimmed, no control characters. */
export const thaiText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, 'control characters');

export const auditFields = {
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};
