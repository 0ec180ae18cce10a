// Whether a scheduled thing is still worth doing now: a late slot within tolerance, a reminder before its event.
export type Usefulness = { run: true; lateMs: number } | { run: false; reason: 'too-late' | 'event-started'; lateMs: number };

/** A job slot runs late (after downtime) while within the job's tolerance; after that it is skipped. */
export function slotUsefulness(slot: Date, now: Date, lateToleranceMs: number): Usefulness {
  const lateMs = Math.max(0, now.getTime() - slot.getTime());
  return lateMs > lateToleranceMs ? { run: false, reason: 'too-late', lateMs } : { run: true, lateMs };
}

/**
 * A reminder due at `dueAt` for an event starting at `startsAt`: sent even late while the event has not
 * started; skipped (and recorded) once it has, or when later than the tolerance (when one is given).
 */
export function reminderUsefulness(input: { dueAt: Date; startsAt: Date; now: Date; lateToleranceMs?: number }): Usefulness {
  const lateMs = Math.max(0, input.now.getTime() - input.dueAt.getTime());
  if (input.now.getTime() >= input.startsAt.getTime()) return { run: false, reason: 'event-started', lateMs };
  if (input.lateToleranceMs !== undefined && lateMs > input.lateToleranceMs) return { run: false, reason: 'too-late', lateMs };
  return { run: true, lateMs };
}
