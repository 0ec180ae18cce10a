// Saves refused by validation (the "accurate" word): one small document per refusal, never who or what was typed.
import { z } from 'zod';
import { COLLECTIONS } from '../../store/collections';
import type { DocumentStore } from '../../ports/document-store';
import type { IdGenerator } from '../../ports/clock';

export const validationFailureKinds = ['profile', 'form-response'] as const;
export type ValidationFailureKind = (typeof validationFailureKinds)[number];

/** Kept two years (a cycle and the one before it), then purged by `expireAt` with the other expiring records. */
export const VALIDATION_FAILURE_KEEP_DAYS = 730;

export const validationFailureSchema = z.object({
  areaId: z.string(),
  at: z.string(),
  kind: z.enum(validationFailureKinds),
  /** The names of the fields that failed (e.g. "phone", "answers.q3"), never their values. */
  fields: z.array(z.string().max(120)).max(30),
  expireAt: z.string(),
});
export type ValidationFailure = z.infer<typeof validationFailureSchema>;

/**
 * One document per refusal rather than a counter: many people saving at once would contend on one document
 * (Firestore sustains about one write a second per document); an aggregation count reads them cheaply.
 */
export async function recordValidationFailure(
  store: DocumentStore,
  ids: IdGenerator,
  f: { areaId: string; at: Date; kind: ValidationFailureKind; fields: readonly string[] },
): Promise<void> {
  const doc: ValidationFailure = {
    areaId: f.areaId,
    at: f.at.toISOString(),
    kind: f.kind,
    fields: [...new Set(f.fields)].slice(0, 30).map((x) => x.slice(0, 120)),
    expireAt: new Date(f.at.getTime() + VALIDATION_FAILURE_KEEP_DAYS * 86_400_000).toISOString(),
  };
  await store.create(COLLECTIONS.validationFailures, `${f.areaId}:${doc.at.replace(/[^0-9]/g, '')}:${ids.newId()}`, doc);
}

/** Refusals in the office since `since` (ISO). Index: validationFailures (areaId, at). */
export const countValidationFailures = (store: DocumentStore, areaId: string, since: string): Promise<number> =>
  store.count(COLLECTIONS.validationFailures, [
    { field: 'areaId', op: '==', value: areaId },
    { field: 'at', op: '>=', value: since },
  ]);
