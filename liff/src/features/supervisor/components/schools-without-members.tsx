// Schools named in a network that have no active member in it yet, grouped by network.
import type { DataQualityResponse } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';

type Row = DataQualityResponse['schoolsWithoutMembers'][number];

export function SchoolsWithoutMembers({ rows }: { rows: readonly Row[] }) {
  const byNetwork = new Map<string, { name: string; schools: Row[] }>();
  for (const r of rows) {
    const group = byNetwork.get(r.networkId) ?? { name: r.networkName, schools: [] };
    group.schools.push(r);
    byNetwork.set(r.networkId, group);
  }
  return (
    <section className="form-section" aria-labelledby="schools-heading">
      <h2 id="schools-heading">
        {th.dataQuality.schools} ({rows.length})
      </h2>
      {rows.length === 0 ? <p>{th.dataQuality.schoolsEmpty}</p> : null}
      {[...byNetwork].map(([id, g]) => (
        <div key={id} className="school-group">
          <h3>{g.name}</h3>
          <ul>
            {g.schools.map((s) => (
              <li key={s.schoolCode}>{s.schoolName || s.schoolCode}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
