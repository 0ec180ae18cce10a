// Test support for seminars: a network holding given members, a seminar body, and creating one as a supervisor.
import { membershipDocId, newNetwork, type Membership } from '@nithet/shared';
import type { LocalStack } from '../../src/local/local-stack';
import { SUPERVISOR } from './local-stack';
import { api } from './people';
import { AREA } from './outbox-members';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
export const SEMINAR_NETWORK = 'net-sem';

/** Stores the seminar test network with these members active in it. */
export async function networkOf(stack: LocalStack, memberIds: string[]): Promise<void> {
  const now = new Date().toISOString();
  await stack.deps.repos.networks.put(
    newNetwork(
      {
        id: SEMINAR_NETWORK,
        areaId: AREA,
        name: 'เครือข่ายสัมมนา',
        kind: 'teacher-community',
        level: 'office',
        joinCode: 'SEM01',
        joinPolicy: 'open',
      },
      now,
    ),
  );
  for (const memberId of memberIds) {
    const m: Membership = {
      id: membershipDocId(SEMINAR_NETWORK, memberId),
      areaId: AREA,
      networkId: SEMINAR_NETWORK,
      memberId,
      role: 'member',
      status: 'active',
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await stack.deps.repos.memberships.put(m);
  }
}

/** A seminar a week ahead for the test network, 10 seats. */
export const seminarBody = (over: Record<string, unknown> = {}) => ({
  title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
  startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 7 * DAY + 3 * HOUR).toISOString(),
  venue: 'ห้องประชุมสำนักงานเขต',
  audience: { networkIds: [SEMINAR_NETWORK] },
  capacity: 10,
  ...over,
});

/** Creates a draft as the demo supervisor; returns its id. */
export async function createSeminarAs(stack: LocalStack, over: Record<string, unknown> = {}): Promise<string> {
  const res = await api(stack, SUPERVISOR, 'POST', '/api/seminars', seminarBody(over));
  if (res.status !== 201) throw new Error(`seminar not created: ${JSON.stringify(res.body)}`);
  return String(res.body.seminar.id);
}
