// Pure rules behind the three figures: duplicates found, missing profiles and responses, records older than the cycle.
import dayjs from 'dayjs';
import type { Member } from '../../domain/member';
import type { Network } from '../../domain/network';
import type { School } from '../../domain/school';
import { THAI_TZ } from '../../dates';
import type { DataQualityFigures, QualityFigure } from './figures-types';
import { isStale, missingFields } from './rules';

/** The พ.ศ. calendar year at `now` in Bangkok, and the moment it began (ISO, UTC). */
export function qualityCycle(now: Date): { buddhistYear: number; startsAt: string } {
  const start = dayjs(now).tz(THAI_TZ).startOf('year');
  return { buddhistYear: start.year() + 543, startsAt: start.toDate().toISOString() };
}

// Thai names differ in spacing and in the zero-width or doubled marks people paste from elsewhere.
const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\s\u200b]+/g, '')
    .toLowerCase();

/** Groups of two or more items with the same key (empty keys ignored), in input order. */
function groupsOf<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (!k) continue;
    map.set(k, [...(map.get(k) ?? []), t]);
  }
  return [...map.values()].filter((g) => g.length > 1);
}

export interface DuplicateGroups {
  membersSameNameSchool: Member[][];
  samePhone: Member[][];
  schoolsSameName: School[][];
  networksSameName: Network[][];
}

export function findDuplicates(input: {
  members: readonly Member[];
  schools: readonly School[];
  networks: readonly Network[];
}): DuplicateGroups {
  const registered = input.members.filter((m) => m.profile !== null);
  return {
    membersSameNameSchool: groupsOf(registered, (m) => norm(`${m.profile!.firstName}|${m.profile!.lastName}|${m.profile!.schoolCode}`)),
    samePhone: groupsOf(registered, (m) => (m.profile!.phone ?? '').replace(/[^0-9]/g, '')),
    schoolsSameName: groupsOf(input.schools, (s) => norm(s.name)),
    networksSameName: groupsOf(
      input.networks.filter((n) => n.status === 'active'),
      (n) => norm(n.name),
    ),
  };
}

/** Records beyond the first in each group: the ones that should not be there. */
export const duplicateExtras = (groups: readonly unknown[][]): number => groups.reduce((n, g) => n + g.length - 1, 0);

export function qualityFigure(total: number, problems: number): QualityFigure {
  const good = Math.max(0, total - problems);
  return { percent: total === 0 ? 100 : Math.round((1000 * good) / total) / 10, total, good, problems };
}

/** Active networks not updated since the พ.ศ. year began. */
export const networksNotUpdated = (networks: readonly Network[], cycleStartsAt: string): Network[] =>
  networks.filter((n) => n.status === 'active' && n.updatedAt < cycleStartsAt);

export interface FiguresInput {
  now: Date;
  /** The office's setting: a profile not confirmed for this many days is stale. */
  staleDays: number;
  members: readonly Member[];
  networks: readonly Network[];
  schools: readonly School[];
  /** Saves refused by validation since the พ.ศ. year began (profile saves and form submissions). */
  validationFailures: number;
  /** The current Form 1 / Form 2 rounds: how many people each is for and how many answered. */
  rounds: ReadonlyArray<{ audience: number; answered: number }>;
}

/** The figures the office reports (pure: C's Form 3 report and the board both call this). */
export function dataQualityFigures(input: FiguresInput): DataQualityFigures {
  const cycle = qualityCycle(input.now);
  const registered = input.members.filter((m) => m.profile !== null);
  const activeNetworks = input.networks.filter((n) => n.status === 'active');
  const dup = findDuplicates(input);
  const duplicates = {
    membersSameNameSchool: duplicateExtras(dup.membersSameNameSchool),
    samePhone: duplicateExtras(dup.samePhone),
    schoolsSameName: duplicateExtras(dup.schoolsSameName),
    networksSameName: duplicateExtras(dup.networksSameName),
  };
  // A member in both member groups is one record too many, not two.
  const extraMembers = new Set([...dup.membersSameNameSchool, ...dup.samePhone].flatMap((g) => g.slice(1).map((m) => m.id))).size;
  const accurateProblems = extraMembers + duplicates.schoolsSameName + duplicates.networksSameName;

  const missingProfiles = input.members.filter((m) => missingFields(m).length > 0).length;
  const expectedResponses = input.rounds.reduce((n, r) => n + r.audience, 0);
  const missingResponses = input.rounds.reduce((n, r) => n + Math.max(0, r.audience - r.answered), 0);

  const staleProfiles = registered.filter((m) => isStale(m, input.now, input.staleDays)).length;
  const oldNetworks = networksNotUpdated(activeNetworks, cycle.startsAt).length;

  return {
    asOf: input.now.toISOString(),
    buddhistYear: cycle.buddhistYear,
    accurate: {
      ...qualityFigure(registered.length + input.schools.length + activeNetworks.length, accurateProblems),
      validationFailures: input.validationFailures,
      duplicates,
    },
    complete: {
      ...qualityFigure(input.members.length + expectedResponses, missingProfiles + missingResponses),
      missingProfiles,
      expectedResponses,
      missingResponses,
    },
    current: {
      ...qualityFigure(registered.length + activeNetworks.length, staleProfiles + oldNetworks),
      staleProfiles,
      networksNotUpdated: oldNetworks,
    },
  };
}
