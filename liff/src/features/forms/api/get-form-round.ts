// GET /api/form-rounds/:id: the round, its form, my draft, my submitted answers and the prefill (kept on the phone, so it opens offline).
import { FORM_PATHS, roundForMemberResponseSchema } from '@nithet/shared';
import { getWithOfflineCopy } from './offline-copy';

export const getFormRound = (owner: string, roundId: string, signal?: AbortSignal) =>
  getWithOfflineCopy(FORM_PATHS.one(roundId), roundForMemberResponseSchema, `nithet.forms.${owner}.round.${roundId}`, signal);
