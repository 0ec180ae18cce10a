// GET the data-quality board; preview and send reminders for a word of the standard or for people chosen on the board.
import {
  DATA_QUALITY_PATHS,
  MEMBER_PATHS,
  dataQualityBoardResponseSchema,
  nudgePreviewResponseSchema,
  nudgeSendResponseSchema,
  type NudgePreviewResponse,
  type NudgeSendResponse,
  type NudgeTargetRequest,
} from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getDataQuality = (signal?: AbortSignal) => apiRequest(MEMBER_PATHS.dataQuality, dataQualityBoardResponseSchema, { signal });

export const previewNudges = (target: NudgeTargetRequest): Promise<NudgePreviewResponse> =>
  apiRequest(DATA_QUALITY_PATHS.nudgePreview, nudgePreviewResponseSchema, { method: 'POST', body: target, timeoutMs: 30_000 });

/** Sending one push per person takes a while for a few hundred people. */
export const sendNudges = (target: NudgeTargetRequest): Promise<NudgeSendResponse> =>
  apiRequest(MEMBER_PATHS.nudges, nudgeSendResponseSchema, { method: 'POST', body: target, timeoutMs: 60_000 });
