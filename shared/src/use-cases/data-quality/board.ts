// The data-quality board a supervisor reads: the three figures and, under each, the records behind them.
import type { DataQualityBoardResponse } from '../../api/data-quality-contracts';
import { canReceivePush } from '../../domain/reachability';
import { memberDisplayName } from '../../domain/member';
import { dataQuality } from './people-view';
import { findDuplicates, networksNotUpdated, qualityCycle } from './figures';
import { figuresOf, type OfficeQualityData } from './load-figures';
import { nudgeTargets, qualityWords } from './nudge-targets';
import { nudgedToday } from './rules';

export function dataQualityBoard(data: OfficeQualityData, now: Date): DataQualityBoardResponse {
  const schoolName = new Map(data.schools.map((s) => [s.code, s.name]));
  const networkName = new Map(data.networks.map((n) => [n.id, n.name]));
  const dup = findDuplicates(data);
  const people = (reason: 'name-school' | 'phone') => (group: typeof data.members) => ({
    reason,
    people: group.map((m) => ({
      memberId: m.id,
      name: memberDisplayName(m),
      schoolName: schoolName.get(m.profile?.schoolCode ?? '') ?? '',
    })),
  });
  const missing = (rows: ReadonlyArray<{ key: string; audience: number; answered: number }>, label: (k: string) => string) =>
    rows
      .map((r) => ({ key: r.key, label: label(r.key), audience: r.audience, missing: Math.max(0, r.audience - r.answered) }))
      .filter((r) => r.missing > 0)
      .sort((a, b) => b.missing - a.missing || a.label.localeCompare(b.label, 'th'));
  const nudgeable = Object.fromEntries(
    qualityWords.map((w) => [w, nudgeTargets(w, { ...data, now }).filter((m) => canReceivePush(m) && !nudgedToday(m, now)).length]),
  ) as DataQualityBoardResponse['nudgeable'];
  return {
    ...dataQuality({ ...data, now }),
    figures: figuresOf(data, now),
    duplicates: {
      people: [...dup.membersSameNameSchool.map(people('name-school')), ...dup.samePhone.map(people('phone'))],
      schools: dup.schoolsSameName.map((g) => ({ name: g[0]!.name, codes: g.map((s) => s.code) })),
      networks: dup.networksSameName.map((g) => ({ name: g[0]!.name, ids: g.map((n) => n.id) })),
    },
    rounds: data.rounds.map(({ round, kind, progress }) => ({
      roundId: round.id,
      title: round.title,
      kind,
      status: round.status,
      audience: progress.audience,
      answered: progress.answered,
      bySchool: missing(progress.bySchool, (k) => schoolName.get(k) ?? (k || 'ไม่ระบุโรงเรียน')),
      byNetwork: missing(progress.byNetwork, (k) => networkName.get(k) ?? k),
    })),
    networksNotUpdated: networksNotUpdated(data.networks, qualityCycle(now).startsAt).map((n) => ({
      id: n.id,
      name: n.name,
      updatedAt: n.updatedAt,
    })),
    nudgeable,
  };
}
