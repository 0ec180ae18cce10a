// Types for the plain-JS Firestore emulator starter shared by jest's globalSetup and TS tests.

export interface FirestoreEmulator {
  /** `127.0.0.1:PORT`, the value for FIRESTORE_EMULATOR_HOST. */
  host: string;
  projectId: string;
  /** Process-group id of the emulator (watchdog shell + launcher + JVM). */
  pid: number;
  /** Milliseconds from spawn to the ready line. */
  startMs: number;
  stop(): Promise<void>;
  /** Deletes every document of `projectId` (default: the emulator's project) in `(default)`. */
  clear(projectId?: string): Promise<void>;
}

export const DEFAULT_PROJECT_ID: 'demo-nithet';
/**
 * `rules`: path of a firestore.rules file to enforce on client (non-admin) requests; `seedFromExport`: the
 * `.overall_export_metadata` file of an emulator export to start with (POST /emulator/v1/projects/P:export makes one).
 */
export function startFirestoreEmulator(options?: {
  port?: number;
  projectId?: string;
  rules?: string;
  seedFromExport?: string;
}): Promise<FirestoreEmulator>;
export function clearFirestoreEmulator(host: string, projectId?: string, databaseId?: string): Promise<void>;
export function stopGroup(pid: number): Promise<void>;
