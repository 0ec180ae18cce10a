// Types of children.mjs for the TypeScript benches.
import type { ChildProcess } from 'node:child_process';

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  port: number;
  /** What followed the port on the READY line. */
  ready: string;
  rssSamplesMb: number[];
  peakRssSampleMb: number;
}

export function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  options?: { readyMs?: number; nodeArgs?: string[] },
): Promise<Child>;
export function procMemoryMb(pid: number): { rssMb: number; hwmMb: number };
export function procCpuSeconds(pid: number): number;
export function sampleMemory(list: Child[], everyMs?: number): () => void;
export function killAll(): void;
