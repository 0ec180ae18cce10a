// Light CSS bars for the plan and dashboard: each row says its numbers as text; the bar itself is hidden from screen readers.

export interface BarRow {
  key: string;
  label: string;
  /** The numbers as read: "4 คน (66.7%)". */
  value: string;
  /** 0–100. */
  width: number;
  /** More about the row, under it (e.g. the mean level of need). */
  note?: string;
}

/** A bar's width as a share of the largest value (0 when all are 0). */
export const widthOf = (value: number, max: number) => (max <= 0 ? 0 : Math.round((Math.max(0, value) / max) * 100));

export function FigureBars({ caption, rows, empty }: { caption: string; rows: readonly BarRow[]; empty?: string }) {
  return (
    <figure className="chart">
      <figcaption className="bars-title">{caption}</figcaption>
      {rows.length === 0 && empty ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="chart-rows">
          {rows.map((r) => (
            <li key={r.key}>
              <span className="bar-label">{r.label}</span>
              <span className="bar-count">{r.value}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${r.width}%` }} />
              </span>
              {r.note ? <span className="bar-note">{r.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
