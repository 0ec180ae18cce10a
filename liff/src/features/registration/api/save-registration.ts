// PUT /api/me/registration: the form's values, checked again on the server with the same schema.
import { API_PATHS, registrationResponseSchema, type Registration, type RegistrationResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export function saveRegistration(input: Registration): Promise<RegistrationResponse> {
  return apiRequest(API_PATHS.registration, registrationResponseSchema, { method: 'PUT', body: input });
}
