// Test support for the outbox: many members at once (store + local LINE platform) and a look at multicasts.
import { memberDocId, type Member } from '@nithet/shared';
import type { LocalStack } from '../../src/local/local-stack';

export const AREA = 'demo-esa';
const T = '2026-11-01T02:00:00.000Z';

export const lineId = (n: number) => `U${(0xa00000 + n).toString(16).padStart(32, '0')}`;

type Kind = 'reachable' | 'blocked' | 'withdrawn';

/** Stores members `from`..`from+count-1` (and LINE users for them); returns their member ids. */
export async function addMembers(stack: LocalStack, from: number, count: number, kind: Kind = 'reachable'): Promise<string[]> {
  const members: Member[] = Array.from({ length: count }, (_, i) => {
    const userId = lineId(from + i);
    stack.platform.addUser({ userId, displayName: `ครู ${from + i}`, following: kind !== 'blocked' });
    return {
      id: memberDocId(AREA, userId),
      areaId: AREA,
      lineUserId: userId,
      displayName: `ครู ${from + i}`,
      status: kind === 'blocked' ? 'blocked' : 'following',
      roles: ['teacher'],
      profile: null,
      registeredAt: T,
      profileConfirmedAt: T,
      consents: [
        { purpose: 'network-contact', granted: true, noticeVersion: '2026-01', at: T },
        ...(kind === 'withdrawn' ? [{ purpose: 'network-contact' as const, granted: false, noticeVersion: '2026-01', at: T }] : []),
      ],
      followedAt: T,
      createdAt: T,
      updatedAt: T,
    };
  });
  await stack.deps.repos.store.runTransaction(async (tx) => {
    const repo = stack.deps.repos.members.inTx(tx);
    for (const m of members) repo.put(m);
  });
  return members.map((m) => m.id);
}

/** The multicast requests LINE received, with their status, size and retry key. */
export function multicasts(stack: LocalStack): Array<{ status: number; to: string[]; retryKey: string }> {
  return stack.platform
    .requests()
    .filter((r) => r.path === '/v2/bot/message/multicast')
    .map((r) => ({ status: r.status, to: (r.body as { to: string[] }).to, retryKey: r.headers['x-line-retry-key'] ?? '' }));
}

/** How many bot messages reached each of these LINE users. */
export const deliveredCounts = (stack: LocalStack, userIds: readonly string[]) => userIds.map((u) => stack.platform.messagesTo(u).length);
