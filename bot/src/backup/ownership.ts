// Which documents belong to one office: its `areas` document, every document whose areaId is the office, and the
// idempotency records that point at an office's seminar or form round. What is nobody's office data is left out.
import { COLLECTIONS, JOB_RUNS_COLLECTION } from '@nithet/shared';
import { FORM_ROUND_REMINDERS_COLLECTION, SEMINAR_REMINDERS_COLLECTION } from '../jobs';
import { FORM_NUDGES_COLLECTION } from '../api/form-admin-routes';

/**
 * Shared by all offices and short-lived: webhook de-duplication (days) and scheduler claims (two weeks). A restored
 * office starts without them; an event LINE redelivers after a restore is processed again, which is what they guard.
 */
export const SYSTEM_COLLECTIONS: ReadonlySet<string> = new Set([COLLECTIONS.processedEvents, JOB_RUNS_COLLECTION]);

/** Records without an areaId, owned through the seminar or round they name (they keep reminders and nudges once). */
export const OWNED_BY_PARENT: Readonly<Record<string, { field: string; parent: string }>> = {
  [SEMINAR_REMINDERS_COLLECTION]: { field: 'seminarId', parent: COLLECTIONS.seminars },
  [FORM_ROUND_REMINDERS_COLLECTION]: { field: 'roundId', parent: COLLECTIONS.formRounds },
  [FORM_NUDGES_COLLECTION]: { field: 'roundId', parent: COLLECTIONS.formRounds },
};

/** The office's own document in `areas` is keyed by the office id (it has no areaId field). */
export const AREAS_COLLECTION = COLLECTIONS.areas;
