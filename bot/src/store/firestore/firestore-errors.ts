// Maps Firestore's gRPC status errors onto the product's AppError codes; anything else passes through unchanged.
import { AppError } from '@nithet/shared';

// gRPC status codes (https://grpc.io/docs/guides/status-codes/), as numbers on the errors Firestore throws.
export const GRPC = {
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  RESOURCE_EXHAUSTED: 8,
  ABORTED: 10,
  UNAVAILABLE: 14,
} as const;

const TRANSACTION_GAVE_UP = /^Exceeded maximum number of retries allowed\.?$/;

/** The numeric gRPC code of a Firestore error; AppError's string codes never match. */
export function grpcCode(err: unknown): number | undefined {
  if (err instanceof AppError || typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * ALREADY_EXISTS → store/conflict (a transactional create lost), ABORTED → store/conflict (contention
 * outlasted the SDK's retries), NOT_FOUND → store/not-found (update of an absent document),
 * UNAVAILABLE / DEADLINE_EXCEEDED / RESOURCE_EXHAUSTED, and a transaction the SDK gave up retrying →
 * store/unavailable. Other errors — including the caller's own errors thrown inside a transaction — are
 * returned as they are.
 */
export function mapFirestoreError(err: unknown): unknown {
  const code = grpcCode(err);
  const message = err instanceof Error ? err.message : String(err);
  // The SDK's transaction runner gives up with this plain Error (no code) once its backoff has retried 10 times on
  // retryable failures — Firestore unreachable for ~10 minutes, or contention. Unmapped, a webhook event would count as
  // failed for good while its processedEvents marker stays: transient, so the caller unmarks it and LINE redelivers.
  if (code === undefined && !(err instanceof AppError) && TRANSACTION_GAVE_UP.test(message))
    return new AppError('store/unavailable', `Firestore transaction gave up after repeated retryable failures: ${message}`, { cause: err });
  switch (code) {
    case GRPC.ALREADY_EXISTS:
      return new AppError('store/conflict', `Document already exists: ${message}`, { cause: err });
    case GRPC.ABORTED:
      return new AppError('store/conflict', `Transaction aborted by contention: ${message}`, { cause: err });
    case GRPC.NOT_FOUND:
      return new AppError('store/not-found', `Document not found: ${message}`, { cause: err });
    case GRPC.UNAVAILABLE:
    case GRPC.DEADLINE_EXCEEDED:
    case GRPC.RESOURCE_EXHAUSTED:
      return new AppError('store/unavailable', `Firestore unavailable: ${message}`, { cause: err });
    default:
      return err;
  }
}

/** Awaits `work`, rethrowing Firestore errors as AppErrors. */
export async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw mapFirestoreError(err);
  }
}
