// zod at the API edge: a body that fails its schema becomes a 400 naming each field.
import type { z } from 'zod';
import { AppError } from '@nithet/shared';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const i of parsed.error.issues) fields[i.path.map(String).join('.') || '_'] ??= i.message;
  throw new AppError('validation/invalid-input', 'Request body failed validation', { fields });
}
