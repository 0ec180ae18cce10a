// Writing an audit entry in the same transaction as the change it describes: both land or neither does.
import type { IdGenerator } from '../../ports/clock';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import type { AuditEntry } from '../../domain/audit';

export type AuditInput = Omit<AuditEntry, 'id' | 'changes'> & { changes?: AuditEntry['changes'] };

/** Adds the entry to the transaction's writes (call after the transaction's reads). */
export function recordAudit(repos: Repositories, ids: IdGenerator, tx: TransactionContext, entry: AuditInput): AuditEntry {
  // Time first in the id, so ids sort like the log reads; the random part keeps two changes in one ms apart.
  const doc: AuditEntry = { ...entry, changes: entry.changes ?? [], id: `aud-${entry.at.replace(/[^0-9]/g, '')}-${ids.newId()}` };
  repos.auditLog.inTx(tx).create(doc);
  return doc;
}

/** The before/after of the named top-level fields that differ (values shortened; objects shown as JSON). */
export function changedFields<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): AuditEntry['changes'] {
  const show = (v: unknown): string | null =>
    v === undefined || v === null ? null : (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 200);
  return fields
    .filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, from: show(before?.[f]), to: show(after[f]) }));
}
