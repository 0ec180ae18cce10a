// Opening a round in two calls: the preview (who gets the card, what it costs, any quiet-hours wait), then the send.
import { FORM_PATHS, openPreviewResponseSchema, openResponseSchema } from '@nithet/shared';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type OpenPreview = z.output<typeof openPreviewResponseSchema>;
export type OpenResult = z.output<typeof openResponseSchema>;

export const previewOpenRound = (id: string): Promise<OpenPreview> => apiRequest(FORM_PATHS.openPreview(id), openPreviewResponseSchema);

/** Opening twice sends nothing twice (`created: false` the second time). */
export const openFormRound = (id: string): Promise<OpenResult> => apiRequest(FORM_PATHS.open(id), openResponseSchema, { method: 'POST' });
