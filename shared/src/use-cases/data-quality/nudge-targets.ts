// Who a one-tap nudge of each word asks to act: duplicates to check, gaps to fill, stale profiles to confirm.
import type { Member } from '../../domain/member';
import { findDuplicates } from './figures';
import { isStale, missingFields } from './rules';

export const qualityWords = ['accurate', 'complete', 'current'] as const;
export type QualityWord = (typeof qualityWords)[number];

export function nudgeTargets(word: QualityWord, input: { now: Date; staleDays: number; members: readonly Member[] }): Member[] {
  if (word === 'complete') return input.members.filter((m) => missingFields(m).length > 0);
  if (word === 'current') return input.members.filter((m) => isStale(m, input.now, input.staleDays));
  const dup = findDuplicates({ members: input.members, schools: [], networks: [] });
  const ids = new Set([...dup.membersSameNameSchool, ...dup.samePhone].flat().map((m) => m.id));
  return input.members.filter((m) => ids.has(m.id));
}
