// A list of people with a checkbox each (and "select all"), what is missing or how old their data is.
import { formatThaiDate, type DataQualityResponse } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';

type Person = DataQualityResponse['incomplete'][number];
const t = th.dataQuality;

interface PeopleChecklistProps {
  id: string;
  title: string;
  empty: string;
  people: readonly Person[];
  selected: ReadonlySet<string>;
  onToggle: (memberIds: readonly string[], on: boolean) => void;
}

export function PeopleChecklist({ id, title, empty, people, selected, onToggle }: PeopleChecklistProps) {
  const ids = people.map((p) => p.memberId);
  const all = ids.length > 0 && ids.every((i) => selected.has(i));
  return (
    <section className="form-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({people.length})
      </h2>
      {people.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <fieldset className="choice-group">
          <legend className="visually-hidden">{title}</legend>
          <label className="choice choice-all">
            <input type="checkbox" checked={all} onChange={(e) => onToggle(ids, e.target.checked)} />
            <span className="choice-text">{t.selectAll(title)}</span>
          </label>
          <ul className="choice-list">
            {people.map((p) => (
              <li key={p.memberId}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={selected.has(p.memberId)}
                    aria-describedby={`${id}-${p.memberId}-detail`}
                    onChange={(e) => onToggle([p.memberId], e.target.checked)}
                  />
                  <span className="choice-text">
                    <span>{p.name}</span>
                    <span id={`${id}-${p.memberId}-detail`} className="choice-detail">
                      {personDetail(p)}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </section>
  );
}

function personDetail(p: Person): string {
  const parts: string[] = [];
  if (p.missing.length) parts.push(t.missingLabel(p.missing.map((m) => t.missing[m] ?? m).join(', ')));
  parts.push(p.profileConfirmedAt ? t.confirmedAt(formatThaiDate(p.profileConfirmedAt)) : t.neverConfirmed);
  if (p.lastNudgedAt) parts.push(t.nudgedAt(formatThaiDate(p.lastNudgedAt)));
  if (!p.reachable) parts.push(t.unreachable);
  return parts.join(' · ');
}
