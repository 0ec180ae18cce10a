// PDPA erasure in the network log: a forgotten member's id leaves every activity's participant list, and they are counted
// among the people outside the system instead, so each activity's (and the dashboard's) participant count stays the same.
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { participantCount, type NetworkActivity } from '../../domain/network-activity';
import { recordAudit } from '../audit/record-audit';

/** Activities naming this member among their participants (member ids carry the office, so no office filter). */
async function activitiesWith(repos: Repositories, memberId: string): Promise<NetworkActivity[]> {
  return repos.networkActivities.listAll({
    where: [{ field: 'participants.memberIds', op: 'array-contains', value: memberId }],
    limit: 200,
  });
}

/**
 * Takes the member out of each activity's participants and adds one to its outside-the-system count, each activity in
 * its own transaction with an audit entry by the system that names nobody. Returns how many activities changed.
 */
export async function forgetActivityParticipant(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  memberId: string,
): Promise<number> {
  let changed = 0;
  for (const found of await activitiesWith(deps.repos, memberId)) {
    const done = await deps.repos.store.runTransaction(async (tx) => {
      const activity = await deps.repos.networkActivities.inTx(tx).get(found.id);
      if (!activity || !activity.participants.memberIds.includes(memberId)) return false;
      const at = deps.clock.now().toISOString();
      const memberIds = activity.participants.memberIds.filter((id) => id !== memberId);
      const outsideCount = activity.participants.outsideCount + (activity.participants.memberIds.length - memberIds.length);
      const after: NetworkActivity = { ...activity, participants: { ...activity.participants, memberIds, outsideCount }, updatedAt: at };
      deps.repos.networkActivities.inTx(tx).put(after);
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: activity.areaId,
        at,
        actorMemberId: null,
        entity: 'networkActivity',
        entityId: activity.id,
        action: 'update',
        summary: `ผู้เข้าร่วมกิจกรรม "${activity.title}" 1 คนขอลบข้อมูลส่วนบุคคล จึงนับเป็นผู้เข้าร่วมนอกระบบแทน`.slice(0, 300),
        changes: [{ field: 'participants', from: `${participantCount(activity)} คน`, to: `${participantCount(after)} คน` }],
      });
      return true;
    });
    if (done) changed += 1;
  }
  return changed;
}
