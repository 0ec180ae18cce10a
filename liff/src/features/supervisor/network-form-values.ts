// The network form: starting values (new or from a network) and Thai messages per field and zod issue.
import type { NetworkInput, NetworkView } from '@nithet/shared';
import { th } from '../../i18n/th-staff';
import { fieldMessageFrom, fieldOfPathFrom } from '../../lib/field-errors';

export type NetworkFormValues = NetworkInput;
export type NetworkField = 'name' | 'description' | 'kind' | 'level' | 'joinCode' | 'joinPolicy' | 'levels' | 'subjects';

/** A new network starts open to join with nothing chosen; an existing one shows what it has. */
export function networkFormDefaults(view?: NetworkView): Partial<NetworkFormValues> {
  if (!view) return { name: '', description: '', joinCode: '', joinPolicy: 'open', levels: [], subjects: [] };
  return {
    name: view.name,
    description: view.description,
    kind: view.kind,
    level: view.level,
    joinCode: view.joinCode ?? '',
    joinPolicy: view.joinPolicy,
    levels: view.levels,
    subjects: view.subjects,
    // Not edited on this form, but sent back unchanged so an edit never drops the network's schools.
    schoolCodes: view.schoolCodes,
  };
}

const e = th.networkForm.errors;
const byField: Record<NetworkField, (code: string) => string> = {
  name: (code) => (code === 'too_big' ? e.nameTooLong : code === 'invalid_format' ? e.invalidText : e.name),
  description: (code) => (code === 'invalid_format' ? e.invalidText : e.description),
  kind: () => e.kind,
  level: () => e.level,
  joinCode: () => e.joinCode,
  joinPolicy: () => e.joinPolicy,
  levels: () => e.levels,
  subjects: () => e.subjects,
};

/** The resolver's issue code (or the server's own Thai message) as Thai text under the field. */
export const networkFieldMessage = fieldMessageFrom(byField);

/** A server field path ("subjects.3") as a form field; code-taken belongs to the join code. */
export const networkFieldOf = fieldOfPathFrom(byField);

export const networkFieldOfErrorCode: Readonly<Record<string, NetworkField>> = { 'network/code-taken': 'joinCode' };

/** "คณิตศาสตร์, วิทยาศาสตร์," → ["คณิตศาสตร์", "วิทยาศาสตร์"]; Thai or Latin commas both work. */
export const splitSubjects = (text: string): string[] =>
  text
    .split(/[,،、，]/)
    .map((s) => s.trim())
    .filter(Boolean);
