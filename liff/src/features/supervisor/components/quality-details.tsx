// What lies behind the figures: records that look duplicated, who has not answered the current rounds (by school and
// network, with the round's own nudge one tap away), and networks not updated this year.
import { formatThaiDate, type DataQualityBoardResponse } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { th } from '../../../i18n/th-staff';

const t = th.qualityBoard;
type Board = DataQualityBoardResponse;

export function DuplicatesSection({ duplicates }: { duplicates: Board['duplicates'] }) {
  const none = duplicates.people.length + duplicates.schools.length + duplicates.networks.length === 0;
  return (
    <section className="form-section" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t.duplicatesTitle}</h2>
      {none ? <p>{t.duplicatesEmpty}</p> : null}
      <ul>
        {duplicates.people.map((g) => (
          <li key={g.people.map((p) => p.memberId).join()}>
            {g.reason === 'phone' ? t.reasonPhone : t.reasonNameSchool}:{' '}
            {g.people.map((p) => `${p.name}${p.schoolName ? ` (${p.schoolName})` : ''}`).join(', ')}
          </li>
        ))}
        {duplicates.schools.map((g) => (
          <li key={g.codes.join()}>
            {g.name} — {t.schoolCodes(g.codes.join(', '))}
          </li>
        ))}
        {duplicates.networks.map((g) => (
          <li key={g.ids.join()}>
            {th.audit.entities.network}: {g.name} ({g.ids.length})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MissingResponsesSection({ rounds }: { rounds: Board['rounds'] }) {
  return (
    <section className="form-section" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t.roundsTitle}</h2>
      {rounds.length === 0 ? <p>{t.roundsEmpty}</p> : null}
      {rounds.map((r) => (
        <div key={r.roundId} className="school-group">
          <h3>
            {t.roundKind[r.kind]}: {r.title}
          </h3>
          <p className="counts">{t.roundRate(r.answered, r.audience)}</p>
          {r.bySchool.length + r.byNetwork.length === 0 ? <p>{t.allAnswered}</p> : null}
          {(
            [
              [t.bySchool, r.bySchool],
              [t.byNetwork, r.byNetwork],
            ] as const
          ).map(([title, rows]) =>
            rows.length === 0 ? null : (
              <div key={title}>
                <h4>{title}</h4>
                <ul>
                  {rows.map((row) => (
                    <li key={row.key}>{t.missingRow(row.label, row.missing, row.audience)}</li>
                  ))}
                </ul>
              </div>
            ),
          )}
          {r.answered < r.audience && r.status === 'open' ? (
            <p>
              <AppLink to={`/supervisor/forms/${encodeURIComponent(r.roundId)}`}>{t.toRound(r.title)}</AppLink>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}

export function OldNetworksSection({ networks }: { networks: Board['networksNotUpdated'] }) {
  return (
    <section className="form-section" aria-labelledby="old-networks-heading">
      <h2 id="old-networks-heading">
        {t.oldNetworksTitle} ({networks.length})
      </h2>
      {networks.length === 0 ? <p>{t.oldNetworksEmpty}</p> : null}
      <ul className="link-list">
        {networks.map((n) => (
          <li key={n.id}>
            <AppLink to={`/supervisor/networks/${encodeURIComponent(n.id)}`}>{n.name}</AppLink>{' '}
            <span className="hint">{t.lastUpdated(formatThaiDate(n.updatedAt))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
