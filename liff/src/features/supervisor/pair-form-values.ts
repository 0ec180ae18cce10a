// The school-pairing form: starting values, and Thai messages per field from the zod issue or the server.
import type { pairSchoolsRequestSchema } from '@nithet/shared';
import type { z } from 'zod';
import { th } from '../../i18n/th-staff';
import { fieldMessageFrom, fieldOfPathFrom } from '../../lib/field-errors';

export type PairFormValues = z.input<typeof pairSchoolsRequestSchema>;
export type PairField = keyof PairFormValues;

/** คู่พัฒนา is the usual case; nothing chosen for the schools. */
export const pairFormDefaults: PairFormValues = { type: 'paired', schoolA: '', schoolB: '' };

const e = th.pairing.errors;
const byField: Record<PairField, (code: string) => string> = {
  type: () => e.type,
  schoolA: () => e.schoolA,
  // The schema's own check (the two schools differ) is the only custom issue, and it sits on school B.
  schoolB: (code) => (code === 'custom' ? e.same : e.schoolB),
};

export const pairFieldMessage = fieldMessageFrom(byField);
export const pairFieldOf = fieldOfPathFrom(byField);
