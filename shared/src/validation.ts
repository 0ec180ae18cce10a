// zod at every edge, one way: a failed parse becomes a 400 AppError naming each bad field.
import type { z } from 'zod';
import { AppError } from './errors';

/** What people read under a field, by zod issue code (the English detail goes to the logs). */
const THAI_BY_CODE: Record<string, string> = {
  invalid_type: 'กรุณากรอกข้อมูลช่องนี้',
  too_small: 'กรุณากรอกข้อมูลให้ครบ',
  too_big: 'ข้อมูลยาวหรือมากเกินกำหนด',
  invalid_format: 'รูปแบบข้อมูลไม่ถูกต้อง',
  invalid_value: 'กรุณาเลือกจากรายการที่กำหนด',
};

const THAI = /[\u0E00-\u0E7F]/;

/** A schema's own Thai message wins (it was written for people); otherwise the wording for the issue code. */
export function fieldsOf(issues: ReadonlyArray<{ path: PropertyKey[]; code?: string; message?: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const thai = issue.message && THAI.test(issue.message) ? issue.message : (THAI_BY_CODE[issue.code ?? ''] ?? 'ข้อมูลไม่ถูกต้อง');
    fields[issue.path.map(String).join('.') || '_'] ??= thai;
  }
  return fields;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`).join('; ');
  throw new AppError('validation/invalid-input', `${what} failed validation (${detail.slice(0, 300)})`, {
    fields: fieldsOf(parsed.error.issues),
  });
}
