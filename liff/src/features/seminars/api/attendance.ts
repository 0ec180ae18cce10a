// My ticket (kept on the phone for the hall without signal) and my evaluation with its certificate.
import {
  ATTENDANCE_PATHS,
  evaluationResponseSchema,
  ticketResponseSchema,
  type EvaluationResponse,
  type SeminarEvaluationInput,
  type TicketResponse,
} from '@nithet/shared';
import { apiRequest, asApiError } from '../../../lib/api-client';

const storageKey = (id: string) => `nithet:ticket:${id}`;

export type TicketResult = { ticket: TicketResponse; offline: boolean };

/** The fresh ticket, saved on the phone; when the request fails, the saved one (marked offline) if there is one. */
export async function getTicket(id: string, signal?: AbortSignal): Promise<TicketResult> {
  try {
    const ticket = await apiRequest(ATTENDANCE_PATHS.ticket(id), ticketResponseSchema, { signal });
    try {
      localStorage.setItem(storageKey(id), JSON.stringify(ticket));
    } catch {
      // storage full or blocked: the ticket still shows now
    }
    return { ticket, offline: false };
  } catch (err) {
    // Only a failed connection falls back: a refusal (no longer going) must show.
    const saved = asApiError(err).status === 0 ? savedTicket(id) : null;
    if (saved && !signal?.aborted) return { ticket: saved, offline: true };
    throw err;
  }
}

function savedTicket(id: string): TicketResponse | null {
  try {
    const parsed = ticketResponseSchema.safeParse(JSON.parse(localStorage.getItem(storageKey(id)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const getEvaluation = (id: string, signal?: AbortSignal): Promise<EvaluationResponse> =>
  apiRequest(ATTENDANCE_PATHS.evaluation(id), evaluationResponseSchema, { signal });

export const submitEvaluation = (id: string, body: SeminarEvaluationInput): Promise<EvaluationResponse> =>
  apiRequest(ATTENDANCE_PATHS.evaluation(id), evaluationResponseSchema, { method: 'PUT', body });
