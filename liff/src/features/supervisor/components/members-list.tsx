// The member list with client-side filters (status, school, level) and, for supervisors, appointing coordinators.
import { useId, useState } from 'react';
import {
  educationLevelLabels,
  educationLevels,
  formatThaiDate,
  membershipRoleLabels,
  membershipStatusLabels,
  membershipStatuses,
} from '@nithet/shared';
import { ConfirmAction } from '../../../components/confirm-action';
import { SelectFilter } from '../../../components/select-filter';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { appointCoordinator } from '../api/network-members';
import { NO_SCHOOL, anyMember, filterMembers, schoolOptions, type MemberFilter, type MemberRow } from '../member-filters';

const t = th.members;
const statusOptions = membershipStatuses.map((s) => ({ value: s, label: membershipStatusLabels[s] }));
const levelOptions = educationLevels.map((l) => ({ value: l, label: educationLevelLabels[l] }));

interface MembersListProps {
  rows: readonly MemberRow[];
  networkId: string;
  canAppoint: boolean;
  onDone: (message: string) => void;
}

export function MembersList({ rows, networkId, canAppoint, onDone }: MembersListProps) {
  const [filter, setFilter] = useState<MemberFilter>(anyMember);
  const countId = useId();
  const schools = [...schoolOptions(rows).map((s) => ({ value: s.code, label: s.name })), { value: NO_SCHOOL, label: t.noSchool }];
  const shown = filterMembers(rows, filter);
  const set = (patch: Partial<MemberFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="form-section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t.list}</h2>
      <div className="filters">
        <SelectFilter
          label={t.status}
          anyLabel={t.allStatuses}
          value={filter.status}
          options={statusOptions}
          describedBy={countId}
          onChange={(v) => set({ status: v as MemberFilter['status'] })}
        />
        <SelectFilter
          label={t.school}
          anyLabel={t.allSchools}
          value={filter.school}
          options={schools}
          describedBy={countId}
          onChange={(v) => set({ school: v })}
        />
        <SelectFilter
          label={t.level}
          anyLabel={t.allLevels}
          value={filter.level}
          options={levelOptions}
          describedBy={countId}
          onChange={(v) => set({ level: v as MemberFilter['level'] })}
        />
      </div>
      <p id={countId} className="hint" role="status">
        {shown.length ? t.shown(shown.length, rows.length) : t.empty}
      </p>
      <ul className="cards">
        {shown.map((r) => (
          <MemberCard key={r.membershipId} row={r} networkId={networkId} canAppoint={canAppoint} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}

function MemberCard({
  row,
  networkId,
  canAppoint,
  onDone,
}: {
  row: MemberRow;
  networkId: string;
  canAppoint: boolean;
  onDone: (m: string) => void;
}) {
  const appoint = useAction(appointCoordinator);
  const status = row.status === 'active' ? membershipRoleLabels[row.role] : membershipStatusLabels[row.status];
  return (
    <li className="card">
      <h3>{row.name}</h3>
      <dl className="details details-compact">
        <div>
          <dt>{t.school}</dt>
          <dd>{row.schoolName ?? t.noSchool}</dd>
        </div>
        <div>
          <dt>{t.level}</dt>
          <dd>{row.levels.map((l) => educationLevelLabels[l]).join(', ') || th.common.none}</dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>
            {status}
            {row.joinedAt ? ` · ${t.joinedAt(formatThaiDate(row.joinedAt))}` : ''}
          </dd>
        </div>
      </dl>
      <ActionError state={appoint.state} />
      {canAppoint && row.status === 'active' && row.role !== 'coordinator' ? (
        <ConfirmAction
          label={t.appoint}
          accessibleLabel={t.appointNamed(row.name)}
          question={t.appointConfirm(row.name)}
          confirmLabel={t.appointYes}
          danger={false}
          busy={appoint.running}
          onConfirm={() => void appoint.run(networkId, row.memberId).then((r) => r && onDone(t.appointed(row.name)))}
        />
      ) : null}
    </li>
  );
}
