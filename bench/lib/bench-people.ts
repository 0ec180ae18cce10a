// The synthetic people of the outbox and reminder benches: they follow the account and consent to network contact.
import { memberDocId, type Member } from '@nithet/shared';

export const BENCH_AREA = 'bench-esa';
export const BENCH_TOKEN = 'bench-channel-access-token';
const T = '2026-11-01T02:00:00.000Z';

/** LINE user id of bench person `i` (the platform child knows the same people). */
export const benchLineUserId = (i: number) => `U${(0xb00000 + i).toString(16).padStart(32, '0')}`;

/** Bench person `i`: follows the account and consents to network contact, so every push may reach them. */
export function benchMember(i: number): Member {
  const lineUserId = benchLineUserId(i);
  return {
    id: memberDocId(BENCH_AREA, lineUserId),
    areaId: BENCH_AREA,
    lineUserId,
    displayName: `ครู ${i}`,
    status: 'following',
    roles: ['teacher'],
    profile: null,
    registeredAt: T,
    profileConfirmedAt: T,
    consents: [{ purpose: 'network-contact', granted: true, noticeVersion: '2026-01', at: T }],
    followedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}
