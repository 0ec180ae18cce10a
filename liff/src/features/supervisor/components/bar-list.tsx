// Counts as a list of labelled bars: readable as text by screen readers, no chart library on the phone.
import { th } from '../../../i18n/th-staff';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

export function BarList({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure className="bars">
      <figcaption className="bars-title">{title}</figcaption>
      {bars.length === 0 ? (
        <p className="hint">{th.supervisor.noMembers}</p>
      ) : (
        <ul>
          {bars.map((b) => (
            <li key={b.key} className="bar-row">
              <span className="bar-label">{b.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(b.count / max) * 100}%` }} />
              </span>
              <span className="bar-count">{th.common.people(b.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
