// Who a round is for and who has answered: the response rate overall and by school, level and network, and the
// people who have not answered yet (for the one-tap nudge).
import type { Repositories } from '../../store/repositories';
import { memberDisplayName } from '../../domain/member';
import { memberRoundDocId, type FormRound } from '../../domain/form-rounds';
import { resolveAudience } from '../seminars/audience';
import { seminarRsvps } from '../seminars/check-in';

/** The round's audience: its networks, levels and schools; for a seminar's round, only those who checked in. */
export async function roundAudience(repos: Repositories, round: FormRound): Promise<string[]> {
  const ids = await resolveAudience(repos, round);
  if (!round.audience.seminarId) return ids;
  const came = new Set((await seminarRsvps(repos, round.audience.seminarId)).filter((r) => r.checkedInAt).map((r) => r.memberId));
  return ids.filter((i) => came.has(i));
}

export interface RateRow {
  key: string;
  audience: number;
  answered: number;
}

export interface RoundProgress {
  audience: number;
  answered: number;
  bySchool: RateRow[];
  byLevel: RateRow[];
  byNetwork: RateRow[];
  notAnswered: Array<{ memberId: string; name: string; schoolCode: string | null }>;
}

function tally(rows: Map<string, RateRow>, key: string, answered: boolean): void {
  const row = rows.get(key) ?? { key, audience: 0, answered: 0 };
  row.audience += 1;
  if (answered) row.answered += 1;
  rows.set(key, row);
}

export async function roundProgress(repos: Repositories, round: FormRound): Promise<RoundProgress> {
  const ids = await roundAudience(repos, round);
  const [members, participation, active] = await Promise.all([
    repos.members.getMany(ids),
    repos.formParticipation.getMany(ids.map((id) => memberRoundDocId(round.id, id))),
    // One read of the office's active memberships rather than one query per person.
    repos.memberships.list({
      where: [
        { field: 'areaId', op: '==', value: round.areaId },
        { field: 'status', op: '==', value: 'active' },
      ],
    }),
  ]);
  const networksOf = new Map<string, string[]>();
  for (const ms of active.items) networksOf.set(ms.memberId, [...(networksOf.get(ms.memberId) ?? []), ms.networkId]);
  const bySchool = new Map<string, RateRow>();
  const byLevel = new Map<string, RateRow>();
  const byNetwork = new Map<string, RateRow>();
  const notAnswered: RoundProgress['notAnswered'] = [];
  ids.forEach((id, i) => {
    const m = members[i];
    const answered = participation[i] !== null;
    tally(bySchool, m?.profile?.schoolCode ?? '', answered);
    for (const level of m?.profile?.levels ?? []) tally(byLevel, level, answered);
    for (const networkId of networksOf.get(id) ?? []) tally(byNetwork, networkId, answered);
    if (!answered && m) notAnswered.push({ memberId: id, name: memberDisplayName(m), schoolCode: m.profile?.schoolCode ?? null });
  });
  const rows = (map: Map<string, RateRow>) => [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
  return {
    audience: ids.length,
    answered: participation.filter((p) => p !== null).length,
    bySchool: rows(bySchool),
    byLevel: rows(byLevel),
    byNetwork: rows(byNetwork),
    notAnswered: notAnswered.sort((a, b) => a.name.localeCompare(b.name, 'th')),
  };
}
