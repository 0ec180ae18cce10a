// PUT /api/me/registration: the form's values, checked again on the server with the same schema.
import { z } from 'zod';
import { API_PATHS, type Registration } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

// The contract names no response body for this call yet; success is the 2xx itself.
const saveRegistrationResponseSchema = z.unknown();

export async function saveRegistration(input: Registration): Promise<void> {
  await apiRequest(API_PATHS.registration, saveRegistrationResponseSchema, { method: 'PUT', body: input });
}
