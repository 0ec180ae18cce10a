// Horizontal bars drawn with CSS: each row shows its label, its numbers as text and a bar, so nothing depends on colour
// and a screen reader reads the numbers (the bar itself is hidden from it).
import { ShowMoreList } from './show-more-list';

export interface ChartRow {
  key: string;
  label: string;
  /** The numbers, as read: "2 คน (66.7%)". */
  value: string;
  /** 0–100, from summary-view's barWidth or a rate. */
  width: number;
}

interface BarChartProps {
  caption?: string;
  rows: readonly ChartRow[];
  /** Rows shown before "ดูทั้งหมด" (default: all). */
  limit?: number;
  moreLabel?: (n: number) => string;
  empty?: string;
}

export function BarChart({ caption, rows, limit, moreLabel, empty }: BarChartProps) {
  const list =
    rows.length === 0 && empty ? (
      <p className="hint">{empty}</p>
    ) : (
      <ShowMoreList
        items={rows}
        keyOf={(r) => r.key}
        limit={limit ?? rows.length}
        moreLabel={moreLabel}
        className="chart-rows"
        render={(r) => (
          <>
            <span className="bar-label">{r.label}</span>
            <span className="bar-count">{r.value}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${r.width}%` }} />
            </span>
          </>
        )}
      />
    );
  if (!caption) return <div className="chart">{list}</div>;
  return (
    <figure className="chart">
      <figcaption className="bars-title">{caption}</figcaption>
      {list}
    </figure>
  );
}
