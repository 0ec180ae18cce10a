// zod at every edge, one way: a failed parse becomes a 400 AppError naming each bad field.
import type { z } from 'zod';
import { AppError } from './errors';

export function fieldsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError('validation/invalid-input', `${what} failed validation`, { fields: fieldsOf(parsed.error.issues) });
}
