// The attendance sheet of a seminar for its managers: who answered, who came, who evaluated, which certificates.
import type { Actor } from '../../auth/policy';
import type { AttendanceRow } from '../../api/attendance-contracts';
import type { Repositories } from '../../store/repositories';
import { memberDisplayName } from '../../domain/member';
import { schoolDocId } from '../../domain/school';
import type { Seminar } from '../../domain/seminar';
import { evaluationAverages, type SeminarEvaluationItemId } from '../../domain/seminar-evaluation';
import { seminarRsvps } from './check-in';
import { assertCanManageSeminar, seminarOfArea } from './seminar-policy';

export interface Attendance {
  seminar: Seminar;
  rows: AttendanceRow[];
  totals: { going: number; waitlisted: number; checkedIn: number; evaluated: number; certificates: number };
  evaluationAverages: Record<SeminarEvaluationItemId, number | null>;
}

const thai = new Intl.Collator('th');
const ORDER = { going: 0, waitlisted: 1, 'not-going': 2 } as const;

export async function seminarAttendance(repos: Repositories, actor: Actor, seminarId: string): Promise<Attendance> {
  const seminar = await seminarOfArea(repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, seminar);
  const rsvps = await seminarRsvps(repos, seminarId);
  const ids = rsvps.map((r) => r.id);
  const [members, evaluations, certificates] = await Promise.all([
    repos.members.getMany(rsvps.map((r) => r.memberId)),
    repos.seminarEvaluations.getMany(ids),
    repos.certificates.getMany(ids),
  ]);
  const schoolCodes = [...new Set(members.map((m) => m?.profile?.schoolCode).filter((c): c is string => Boolean(c)))];
  const schools = await repos.schools.getMany(schoolCodes.map((c) => schoolDocId(seminar.areaId, c)));
  const schoolName = new Map(schools.filter((s) => s !== null).map((s) => [s.code, s.name]));
  const rows: AttendanceRow[] = rsvps.map((r, i) => {
    const m = members[i] ?? null;
    return {
      memberId: r.memberId,
      name: m ? memberDisplayName(m) : 'สมาชิก',
      schoolName: schoolName.get(m?.profile?.schoolCode ?? '') ?? '',
      status: r.status,
      checkedInAt: r.checkedInAt,
      checkInMethod: r.checkInMethod,
      evaluated: evaluations[i] !== null,
      certificateNumber: certificates[i]?.number ?? null,
    };
  });
  rows.sort((a, b) => ORDER[a.status] - ORDER[b.status] || thai.compare(a.name, b.name));
  const answered = evaluations.filter((e) => e !== null);
  return {
    seminar,
    rows,
    totals: {
      going: rows.filter((r) => r.status === 'going').length,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      checkedIn: rows.filter((r) => r.checkedInAt !== null).length,
      evaluated: answered.length,
      certificates: certificates.filter((c) => c !== null).length,
    },
    evaluationAverages: evaluationAverages(answered),
  };
}
