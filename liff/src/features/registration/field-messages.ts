// Thai error text per form field, from the zod issue code the resolver reports (or the server's own Thai message).
import { th } from '../../i18n/th';

export type RegistrationField =
  'title' | 'firstName' | 'lastName' | 'schoolCode' | 'position' | 'subjects' | 'levels' | 'phone' | 'consents.network-contact';

/** The shape react-hook-form gives for a field, an array item or a nested object. */
export interface ErrorLike {
  type?: unknown;
  message?: unknown;
}

const t = th.fieldErrors;

const byField: Record<RegistrationField, (code: string) => string> = {
  title: () => t.title,
  firstName: (code) => (code === 'too_big' ? t.firstNameTooLong : code === 'invalid_format' ? t.invalidText : t.firstName),
  lastName: (code) => (code === 'too_big' ? t.lastNameTooLong : code === 'invalid_format' ? t.invalidText : t.lastName),
  schoolCode: () => t.schoolCode,
  position: () => t.position,
  subjects: () => t.subjects,
  levels: () => t.levels,
  phone: () => t.phone,
  'consents.network-contact': () => t.networkContact,
};

export function fieldMessage(field: RegistrationField, error: ErrorLike | undefined): string | undefined {
  if (!error) return undefined;
  if (error.type === 'server' && typeof error.message === 'string' && error.message) return error.message;
  return byField[field](typeof error.type === 'string' ? error.type : '');
}

/** Server field paths ("subjects.2", "consents") onto the form's fields; null when the form has no such field. */
export function formFieldOf(path: string): RegistrationField | null {
  if (path === 'consents' || path.startsWith('consents.network-contact')) return 'consents.network-contact';
  const head = path.split('.')[0] ?? '';
  return head in byField ? (head as RegistrationField) : null;
}

/** Server error codes that belong to one field even when the body names no fields. */
export const fieldOfErrorCode: Readonly<Record<string, RegistrationField>> = {
  'member/consent-required': 'consents.network-contact',
  'school/not-found': 'schoolCode',
};
