// GET /api/form-rounds/:id/summary (staff): the response rate, who has not answered, and the per-question summary of
// the chosen group (network, school, level).
import { FORM_PATHS, roundSummaryResponseSchema, type RoundSummaryResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';
import { summaryQuery, type SummaryFilter } from '../summary-view';

export const getRoundSummary = (id: string, filter: SummaryFilter, signal?: AbortSignal): Promise<RoundSummaryResponse> =>
  apiRequest(`${FORM_PATHS.summary(id)}${summaryQuery(filter)}`, roundSummaryResponseSchema, { signal });
