// GET a page of the office's audit log (supervisors), newest first, with the filters as query parameters.
import { AUDIT_PATHS, auditLogResponseSchema, type AuditLogResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export interface AuditFilters {
  entity: string;
  from: string;
  to: string;
}

export function getAuditLog(filters: AuditFilters, after: string | null, signal?: AbortSignal): Promise<AuditLogResponse> {
  const q = new URLSearchParams();
  if (filters.entity) q.set('entity', filters.entity);
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (after) q.set('after', after);
  const query = q.toString();
  return apiRequest(`${AUDIT_PATHS.log}${query ? `?${query}` : ''}`, auditLogResponseSchema, { signal });
}
