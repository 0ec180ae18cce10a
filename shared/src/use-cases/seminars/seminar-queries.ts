// What a member sees: upcoming announced seminars meant for them (and the ones they manage), with their answer.
import type { Actor } from '../../auth/policy';
import type { Member } from '../../domain/member';
import { rsvpDocId, type Rsvp, type RsvpStatus, type Seminar } from '../../domain/seminar';
import type { Repositories } from '../../store/repositories';
import { isInAudience } from './audience';
import { canManageAudience } from './seminar-policy';

export interface UpcomingSeminar {
  seminar: Seminar;
  myRsvp: Rsvp | null;
  manager: boolean;
}

export async function upcomingSeminars(repos: Repositories, actor: Actor, member: Member, now: Date): Promise<UpcomingSeminar[]> {
  const { items } = await repos.seminars.list({ where: [{ field: 'areaId', op: '==', value: actor.areaId }] });
  const out: UpcomingSeminar[] = [];
  for (const seminar of items) {
    if (seminar.status === 'cancelled' || seminar.status === 'finished' || Date.parse(seminar.endsAt) <= now.getTime()) continue;
    const manager = canManageAudience(actor, seminar.audience);
    if (!manager && (seminar.status !== 'announced' || !(await isInAudience(repos, seminar, member)))) continue;
    out.push({ seminar, manager, myRsvp: await repos.rsvps.get(rsvpDocId(seminar.id, member.id)) });
  }
  return out.sort((a, b) => a.seminar.startsAt.localeCompare(b.seminar.startsAt));
}

/** Member ids of people going (reminders go to them). */
export const goingMemberIds = (repos: Repositories, seminarId: string): Promise<string[]> => memberIdsWith(repos, seminarId, 'going');

/** Going or on the waiting list: everyone who registered hears about edits and cancellation. */
export async function registeredMemberIds(repos: Repositories, seminarId: string): Promise<string[]> {
  const [going, waiting] = await Promise.all([memberIdsWith(repos, seminarId, 'going'), memberIdsWith(repos, seminarId, 'waitlisted')]);
  return [...going, ...waiting];
}

async function memberIdsWith(repos: Repositories, seminarId: string, status: RsvpStatus): Promise<string[]> {
  const { items } = await repos.rsvps.list({
    where: [
      { field: 'seminarId', op: '==', value: seminarId },
      { field: 'status', op: '==', value: status },
    ],
  });
  return items.map((r) => r.memberId);
}

const MANAGED_LOOK_BACK_MS = 180 * 24 * 3600_000;

/** Seminars the actor manages that took place in the last 180 days or are still to come (announced or past), newest first. */
export async function managedSeminars(repos: Repositories, actor: Actor, now: Date): Promise<Seminar[]> {
  const { items } = await repos.seminars.list({ where: [{ field: 'areaId', op: '==', value: actor.areaId }] });
  return items
    .filter((s) => s.status !== 'cancelled' && s.status !== 'draft' && canManageAudience(actor, s.audience))
    .filter((s) => Date.parse(s.endsAt) >= now.getTime() - MANAGED_LOOK_BACK_MS)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, 50);
}
