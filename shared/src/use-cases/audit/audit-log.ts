// Reading the audit log (supervisors of the office, newest first, a page at a time) and its 5-year retention.
import dayjs from 'dayjs';
import { assertSupervisor, type Actor } from '../../auth/policy';
import { THAI_TZ } from '../../dates';
import { memberDisplayName } from '../../domain/member';
import type { DocumentStore, Where } from '../../ports/document-store';
import { COLLECTIONS } from '../../store/collections';
import type { Repositories } from '../../store/repositories';
import { parseOrThrow } from '../../validation';
import { auditQuerySchema, type AuditLogResponse } from '../../api/audit-contracts';

/**
 * Entries are kept five years, then deleted by the daily purge: long enough for a four-year plan cycle plus the
 * parent agency's follow-up, and never longer than the office needs for the manual's work standard.
 */
export const AUDIT_RETENTION_YEARS = 5;

export const SYSTEM_ACTOR_TH = 'ระบบ (งานอัตโนมัติ)';
export const FORMER_MEMBER_TH = 'ผู้ใช้ที่ลบข้อมูลแล้ว';

/** A Bangkok calendar day's first moment (ISO, UTC). */
const startOfDay = (d: string): string => dayjs.tz(d, THAI_TZ).startOf('day').toDate().toISOString();

/** Indexes: auditLog (areaId, at desc) and (areaId, entity, at desc). */
export async function listAuditLog(repos: Repositories, actor: Actor, query: unknown): Promise<AuditLogResponse> {
  assertSupervisor(actor);
  const q = parseOrThrow(auditQuerySchema, query, 'Audit query');
  const where: Where[] = [{ field: 'areaId', op: '==', value: actor.areaId }];
  if (q.entity) where.push({ field: 'entity', op: '==', value: q.entity });
  if (q.from) where.push({ field: 'at', op: '>=', value: startOfDay(q.from) });
  if (q.to) where.push({ field: 'at', op: '<', value: dayjs(startOfDay(q.to)).add(1, 'day').toISOString() });
  const page = await repos.auditLog.list({
    where,
    orderBy: [{ field: 'at', direction: 'desc' }],
    limit: q.limit,
    ...(q.after ? { after: q.after } : {}),
  });
  const actorIds = [...new Set(page.items.flatMap((e) => (e.actorMemberId ? [e.actorMemberId] : [])))];
  const people = new Map((await repos.members.getMany(actorIds)).flatMap((m) => (m ? [[m.id, memberDisplayName(m)] as const] : [])));
  return {
    entries: page.items.map((e) => ({
      id: e.id,
      at: e.at,
      actorName: e.actorMemberId ? (people.get(e.actorMemberId) ?? FORMER_MEMBER_TH) : SYSTEM_ACTOR_TH,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      summary: e.summary,
      changes: e.changes,
    })),
    nextCursor: page.nextCursor ?? null,
    retentionYears: AUDIT_RETENTION_YEARS,
  };
}

/** Deletes entries older than the retention, a bounded number of pages per run (single-field index on `at`). */
export async function purgeOldAuditEntries(store: DocumentStore, now: Date, pageSize = 200, maxPages = 25): Promise<number> {
  const cutoff = dayjs(now).subtract(AUDIT_RETENTION_YEARS, 'year').toISOString();
  let deleted = 0;
  for (let pages = 0; pages < maxPages; pages++) {
    const { docs } = await store.query(COLLECTIONS.auditLog, {
      where: [{ field: 'at', op: '<', value: cutoff }],
      orderBy: [{ field: 'at' }],
      limit: pageSize,
    });
    if (docs.length === 0) break;
    await store.runTransaction(async (tx) => {
      for (const d of docs) tx.delete(COLLECTIONS.auditLog, d.id);
    });
    deleted += docs.length;
    if (docs.length < pageSize) break;
  }
  return deleted;
}
