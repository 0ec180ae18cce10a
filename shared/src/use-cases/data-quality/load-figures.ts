// Reads what the three figures need for one office: the registry, the current Form 1/Form 2 rounds and refusals.
import type { Repositories } from '../../store/repositories';
import type { FormRound } from '../../domain/form-rounds';
import type { Member } from '../../domain/member';
import type { Membership, Network } from '../../domain/network';
import type { School } from '../../domain/school';
import { roundProgress, type RoundProgress } from '../forms/round-progress';
import { templateVersion } from '../forms/form-templates';
import { dataQualityFigures, qualityCycle } from './figures';
import type { DataQualityFigures } from './figures-types';
import { countValidationFailures } from './validation-failures';

export type CurrentRoundKind = 'needs-survey' | 'evaluation';

export interface CurrentRound {
  round: FormRound;
  kind: CurrentRoundKind;
  progress: RoundProgress;
}

/** The newest Form 1 (needs survey) and Form 2 (evaluation) round opened this พ.ศ. year, if any. */
export async function currentFormRounds(repos: Repositories, areaId: string, now: Date): Promise<CurrentRound[]> {
  const { startsAt } = qualityCycle(now);
  const { items } = await repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: areaId }] });
  const candidates = items
    .filter((r) => r.status !== 'draft' && r.opensAt >= startsAt && r.opensAt <= now.toISOString())
    .sort((a, b) => b.opensAt.localeCompare(a.opensAt) || b.id.localeCompare(a.id));
  const found = new Map<CurrentRoundKind, FormRound>();
  for (const r of candidates) {
    const { kind } = (await templateVersion(repos, areaId, r.templateId, r.templateVersion)).definition;
    if ((kind === 'needs-survey' || kind === 'evaluation') && !found.has(kind)) found.set(kind, r);
    if (found.size === 2) break;
  }
  return Promise.all(
    (['needs-survey', 'evaluation'] as const).flatMap((kind) => {
      const round = found.get(kind);
      return round ? [roundProgress(repos, round).then((progress) => ({ round, kind, progress }))] : [];
    }),
  );
}

export interface OfficeQualityData {
  staleDays: number;
  members: Member[];
  networks: Network[];
  memberships: Membership[];
  schools: School[];
  rounds: CurrentRound[];
  validationFailures: number;
}

/** Everything the board and the figures read, in parallel where it can. */
export async function loadOfficeQualityData(repos: Repositories, areaId: string, now: Date): Promise<OfficeQualityData> {
  const inArea = { where: [{ field: 'areaId', op: '==' as const, value: areaId }] };
  const [area, members, networks, memberships, schools, rounds, validationFailures] = await Promise.all([
    repos.areas.get(areaId),
    repos.members.list(inArea),
    repos.networks.list(inArea),
    repos.memberships.list(inArea),
    repos.schools.list(inArea),
    currentFormRounds(repos, areaId, now),
    countValidationFailures(repos.store, areaId, qualityCycle(now).startsAt),
  ]);
  return {
    staleDays: area?.profileStaleDays ?? 180,
    members: members.items,
    networks: networks.items,
    memberships: memberships.items,
    schools: schools.items,
    rounds,
    validationFailures,
  };
}

export const figuresOf = (data: OfficeQualityData, now: Date): DataQualityFigures =>
  dataQualityFigures({ ...data, now, rounds: data.rounds.map((r) => r.progress) });

/** The office's three figures now (for the Form 3 report). */
export async function loadDataQualityFigures(repos: Repositories, areaId: string, now: Date): Promise<DataQualityFigures> {
  return figuresOf(await loadOfficeQualityData(repos, areaId, now), now);
}
