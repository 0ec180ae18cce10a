// Peak memory of this process for the TypeScript benches (Linux /proc).
import { readFileSync, writeFileSync } from 'node:fs';

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * VmHWM is the process's peak RSS; writing 5 to clear_refs resets it (Linux ≥ 4.0), so each step gets its own peak.
 * With --expose-gc, garbage of earlier steps is collected first, so it does not count towards this step.
 */
export function resetPeak(): void {
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    /* not Linux: the peak is then the run's peak so far */
  }
}

/** Peak RSS in MB since the last resetPeak() (or the start). */
export const vmHwmMb = () =>
  Math.round((Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024) * 10) / 10;
