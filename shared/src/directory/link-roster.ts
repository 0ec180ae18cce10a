// On registration: the roster entry with the same school and name records that this Member is that person.
import type { Clock } from '../ports/clock';
import type { Repositories } from '../store/repositories';
import { COLLECTIONS } from '../store/collections';
import type { DocData } from '../ports/document-store';
import type { Member } from '../domain/member';
import { rosterDocId, rosterEntrySchema } from './roster';
import { memberPersonKey } from './plan';
import { linkRosterEntry } from './export-rows';

export async function linkRosterOnRegistration(deps: { repos: Repositories; clock: Clock }, member: Member): Promise<boolean> {
  const key = memberPersonKey(member);
  if (!key) return false;
  const id = rosterDocId(member.areaId, key);
  const raw = await deps.repos.store.get(COLLECTIONS.rosterEntries, id);
  const parsed = raw ? rosterEntrySchema.safeParse({ ...raw, id }) : null;
  if (!parsed?.success) return false;
  const linked = linkRosterEntry(parsed.data, member, deps.clock.now().toISOString());
  if (!linked) return false;
  const { id: _id, ...data } = linked as typeof linked & { id?: string };
  await deps.repos.store.set(COLLECTIONS.rosterEntries, id, JSON.parse(JSON.stringify(data)) as DocData);
  return true;
}
