// Stops a dedicated Firestore emulator at an exact point of the bot's work and starts it again on the same port with the
// data it held (real Firestore keeps its data through an outage; a bare emulator restart would forget everything).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentStore } from '@nithet/shared';
import { startFirestoreEmulator, type FirestoreEmulator } from '../../support/firestore-emulator';

/** Writes the emulator's documents to a new folder; returns the metadata file `--seed_from_export` takes. */
export async function exportEmulator(emulator: FirestoreEmulator): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nithet-firestore-export-'));
  const res = await fetch(`http://${emulator.host}/emulator/v1/projects/${emulator.projectId}:export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ database: `projects/${emulator.projectId}/databases/(default)`, export_directory: dir, export_name: 'outage' }),
  });
  if (!res.ok) throw new Error(`Emulator export failed: ${res.status} ${await res.text()}`);
  return join(dir, 'outage', 'outage.overall_export_metadata');
}

/** Starts the emulator again on the port it had, with the documents of `snapshot`. */
export function restartEmulator(emulator: FirestoreEmulator, snapshot: string): Promise<FirestoreEmulator> {
  return startFirestoreEmulator({ projectId: emulator.projectId, port: Number(emulator.host.split(':')[1]), seedFromExport: snapshot });
}

export interface OutageSwitch {
  /** The store the bot is given: the real one, with every call passing a gate. */
  store: DocumentStore;
  /**
   * Arms the outage: right after the first call for which `when` is true has returned, no new call starts; once the
   * calls already running have returned, `stop` runs (export, stop the emulator), then calls go on — to a dead emulator.
   * Resolves with what `stop` returned.
   */
  armAfter<T>(when: (method: string, args: unknown[], result: unknown) => boolean, stop: () => Promise<T>): Promise<T>;
}

export function outageSwitch(inner: DocumentStore): OutageSwitch {
  let gate: Promise<void> | undefined;
  let running = 0;
  const drained: Array<() => void> = [];
  let trigger: ((method: string, args: unknown[], result: unknown) => void) | undefined;

  const pass =
    (method: keyof DocumentStore) =>
    async (...args: unknown[]): Promise<unknown> => {
      while (gate) await gate;
      running += 1;
      try {
        const result = await (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args);
        trigger?.(method, args, result);
        return result;
      } finally {
        running -= 1;
        if (running === 0) for (const done of drained.splice(0)) done();
      }
    };
  const methods = ['get', 'getMany', 'create', 'set', 'update', 'delete', 'query', 'count', 'runTransaction'] as const;
  const store = { ...inner, ...Object.fromEntries(methods.map((m) => [m, pass(m)])), close: () => inner.close() } as DocumentStore;

  return {
    store,
    armAfter(when, stop) {
      return new Promise((resolve, reject) => {
        trigger = (method, args, result) => {
          if (!when(method, args, result)) return;
          trigger = undefined;
          let open!: () => void;
          gate = new Promise<void>((r) => (open = r));
          void (async () => {
            // The call that fired still counts as running until it has returned to its caller.
            await new Promise<void>((r) => (running === 0 ? r() : drained.push(r)));
            const value = await stop();
            gate = undefined;
            open();
            return value;
          })().then(resolve, reject);
        };
      });
    },
  };
}
