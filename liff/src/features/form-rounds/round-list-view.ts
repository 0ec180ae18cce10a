// A round as the staff list shows it: where it stands now (a sent round may still wait for its opening time, or be past
// its closing before the closing job has run) and whom it is for, in words.
import { educationLevelLabels, type FormRoundAudience, type RoundView } from '@nithet/shared';
import { th } from '../../i18n/th-staff';

const a = th.formRounds.audience;

export type RoundPhase = 'draft' | 'scheduled' | 'open' | 'closed';

export function roundPhase(round: Pick<RoundView, 'status' | 'opensAt' | 'closesAt'>, now: Date): RoundPhase {
  if (round.status === 'draft') return 'draft';
  if (round.status === 'closed' || now.getTime() >= Date.parse(round.closesAt)) return 'closed';
  return now.getTime() < Date.parse(round.opensAt) ? 'scheduled' : 'open';
}

/** The server's rule for a nudge: only while the round takes answers. */
export const canNudge = (round: Pick<RoundView, 'status' | 'opensAt' | 'closesAt'>, now: Date) => roundPhase(round, now) === 'open';

/** "เครือข่าย A, B · ระดับ ประถมศึกษา · 3 โรงเรียน", or everyone in the office. */
export function audienceText(audience: FormRoundAudience, networkNames: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (audience.seminarId) parts.push(a.seminar);
  if (audience.networkIds.length) parts.push(a.networks(audience.networkIds.map((id) => networkNames.get(id) ?? id).join(', ')));
  if (audience.levels.length) parts.push(a.levels(audience.levels.map((l) => educationLevelLabels[l]).join(', ')));
  if (audience.schoolCodes.length) parts.push(a.schools(audience.schoolCodes.length));
  return parts.length ? parts.join(' · ') : a.everyone;
}
