// GET /api/form-rounds/mine: the open rounds meant for me, with whether I answered (kept on the phone for a weak signal).
import { FORM_PATHS, myRoundsResponseSchema } from '@nithet/shared';
import { getWithOfflineCopy } from './offline-copy';

export const getMyRounds = (owner: string, signal?: AbortSignal) =>
  getWithOfflineCopy(FORM_PATHS.mine, myRoundsResponseSchema, `nithet.forms.${owner}.mine`, signal);
