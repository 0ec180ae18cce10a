// A person adds (or unblocks) the office's LINE account: their Member is created once, or reactivated.
import type { Clock } from '../ports/clock';
import type { Repositories } from '../store/repositories';
import { memberDocId, newMember, type Member } from '../domain/member';

export interface FollowInput {
  areaId: string;
  lineUserId: string;
  displayName: string;
  pictureUrl?: string;
}

export interface FollowResult {
  member: Member;
  /** True the first time this person ever followed; false on re-follow. */
  isNew: boolean;
}

export async function recordFollow(deps: { repos: Repositories; clock: Clock }, input: FollowInput): Promise<FollowResult> {
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const members = deps.repos.members.inTx(tx);
    const existing = await members.get(memberDocId(input.areaId, input.lineUserId));
    if (existing) {
      const member: Member = { ...existing, status: 'following', updatedAt: now };
      members.put(member);
      return { member, isNew: false };
    }
    const member = newMember(input, now);
    members.create(member);
    return { member, isNew: true };
  });
}

/** A person blocks the account: they become unreachable, nothing is deleted. */
export async function recordUnfollow(
  deps: { repos: Repositories; clock: Clock },
  input: { areaId: string; lineUserId: string },
): Promise<boolean> {
  const id = memberDocId(input.areaId, input.lineUserId);
  return deps.repos.store.runTransaction(async (tx) => {
    const members = deps.repos.members.inTx(tx);
    const existing = await members.get(id);
    if (!existing) return false;
    members.put({ ...existing, status: 'blocked', updatedAt: deps.clock.now().toISOString() });
    return true;
  });
}
