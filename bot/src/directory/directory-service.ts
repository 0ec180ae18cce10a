// The directory's IO: load the office's current records, plan an import, write it in batched transactions, export.
import {
  COLLECTIONS,
  checkDirectoryTable,
  createRepository,
  memberRowSchema,
  planMemberImport,
  planSchoolImport,
  reapplyWrite,
  rosterEntrySchema,
  schoolRowSchema,
  type Clock,
  type DirectoryKind,
  type DocumentStore,
  type ImportPlan,
  type PlannedWrite,
  type Repositories,
  type Repository,
} from '@nithet/shared';
import { readTable } from './read-table';

export interface DirectoryDeps {
  repos: Repositories;
  clock: Clock;
}

/** Writes per transaction: well under Firestore's 500, and short enough that SQLite's write lock is brief. */
export const IMPORT_BATCH = 200;
const PAGE = 1000;

export const rosterRepository = (store: DocumentStore) => createRepository(store, COLLECTIONS.rosterEntries, rosterEntrySchema);

/** Every document of one office in a collection, page by page (the office is the tenant boundary). */
export async function listArea<T extends { id: string }>(repo: Repository<T>, areaId: string): Promise<T[]> {
  return repo.listAll({ where: [{ field: 'areaId', op: '==', value: areaId }], limit: PAGE });
}

export async function planImport(deps: DirectoryDeps, areaId: string, kind: DirectoryKind, bytes: Buffer): Promise<ImportPlan> {
  const { table } = await readTable(bytes, kind);
  const ctx = { areaId, now: deps.clock.now().toISOString() };
  const schools = await listArea(deps.repos.schools, areaId);
  if (kind === 'schools') return planSchoolImport(checkDirectoryTable('schools', table, schoolRowSchema), schools, ctx);
  const [members, roster] = await Promise.all([listArea(deps.repos.members, areaId), listArea(rosterRepository(deps.repos.store), areaId)]);
  const schoolCodes = new Set(schools.map((s) => s.code));
  return planMemberImport(checkDirectoryTable('members', table, memberRowSchema), { members, roster, schoolCodes }, ctx);
}

export interface AppliedCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes the plan's creates and updates, IMPORT_BATCH per transaction. Each write is merged again with
 * the document as read inside its transaction, so a record changed since the preview is not clobbered
 * and a concurrent identical import still changes nothing.
 */
export async function applyPlan(deps: DirectoryDeps, areaId: string, plan: ImportPlan): Promise<AppliedCounts> {
  const repoOf = (w: PlannedWrite): Repository<{ id: string }> =>
    w.target === 'schools' ? deps.repos.schools : w.target === 'members' ? deps.repos.members : rosterRepository(deps.repos.store);
  const writes = [...plan.toCreate, ...plan.toUpdate];
  const counts: AppliedCounts = { created: 0, updated: 0, unchanged: plan.unchanged.length };
  for (let i = 0; i < writes.length; i += IMPORT_BATCH) {
    const batch = writes.slice(i, i + IMPORT_BATCH);
    const ctx = { areaId, now: deps.clock.now().toISOString() };
    const result = await deps.repos.store.runTransaction(async (tx) => {
      const current = await Promise.all(batch.map((w) => repoOf(w).inTx(tx).get(w.id)));
      const c: AppliedCounts = { created: 0, updated: 0, unchanged: 0 };
      batch.forEach((w, j) => {
        const before = current[j] ?? null;
        const doc = reapplyWrite(w, before, ctx);
        if (!doc) c.unchanged++;
        else {
          repoOf(w).inTx(tx).put(doc);
          c[before ? 'updated' : 'created']++;
        }
      });
      return c;
    });
    counts.created += result.created;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
  }
  return counts;
}
