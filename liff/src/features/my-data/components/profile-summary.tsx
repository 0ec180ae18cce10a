// What the office stores about me, as a description list (labels and values read together).
import { educationLevelLabels, memberRoleLabels, positionLabels, type MemberView } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { th } from '../../../i18n/th';

const labels = th.myData.labels;

export function ProfileSummary({ member, schoolName }: { member: MemberView; schoolName: string | null }) {
  const p = member.profile;
  const rows: [string, string][] = [[labels.displayName, member.displayName]];
  if (p) {
    rows.push(
      [labels.name, `${p.title}${p.firstName} ${p.lastName}`],
      [labels.school, schoolName ? `${schoolName} (${p.schoolCode})` : p.schoolCode],
      [labels.position, positionLabels[p.position]],
      [labels.levels, p.levels.map((l) => educationLevelLabels[l]).join(', ') || th.common.none],
      [labels.subjects, p.subjects.join(', ') || th.common.none],
      [labels.phone, p.phone ?? th.common.none],
    );
  }
  rows.push([labels.roles, member.roles.map((r) => memberRoleLabels[r]).join(', ')]);

  return (
    <section className="form-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{th.myData.profile}</h2>
      {p ? null : <p>{th.myData.notRegistered}</p>}
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <AppLink to="/register" className="button button-secondary">
        {p ? th.myData.editProfile : th.nav.register}
      </AppLink>
    </section>
  );
}
