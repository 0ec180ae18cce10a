// Managers' seminar calls: create a draft (POST), edit (PATCH, only what changed), preview an announcement's cost, announce (POST), cancel (POST).
import { z } from 'zod';
import {
  SEMINAR_PATHS,
  announcePreviewResponseSchema,
  announceResponseSchema,
  seminarResponseSchema,
  seminarViewSchema,
  type AnnouncePreviewResponse,
  type AnnounceResponse,
  type SeminarInput,
  type SeminarView,
} from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';
import type { SeminarPatch } from '../seminar-form-values';

// Not in the shared contracts yet: cancel answers { seminar, changed }.
const cancelResponseSchema = z.object({ seminar: seminarViewSchema, changed: z.boolean() });

export async function createSeminar(input: SeminarInput): Promise<SeminarView> {
  return (await apiRequest(SEMINAR_PATHS.all, seminarResponseSchema, { method: 'POST', body: input })).seminar;
}

/** The server tells the people already going about the change. */
export async function updateSeminar(id: string, patch: SeminarPatch): Promise<SeminarView> {
  return (await apiRequest(SEMINAR_PATHS.one(id), seminarResponseSchema, { method: 'PATCH', body: patch })).seminar;
}

export const previewAnnouncement = (id: string): Promise<AnnouncePreviewResponse> =>
  apiRequest(SEMINAR_PATHS.announcePreview(id), announcePreviewResponseSchema);

export const announceSeminar = (id: string): Promise<AnnounceResponse> =>
  apiRequest(SEMINAR_PATHS.announce(id), announceResponseSchema, { method: 'POST' });

export async function cancelSeminar(id: string): Promise<SeminarView> {
  return (await apiRequest(SEMINAR_PATHS.cancel(id), cancelResponseSchema, { method: 'POST' })).seminar;
}
