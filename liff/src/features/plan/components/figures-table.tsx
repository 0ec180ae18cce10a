// A small table of figures with a caption, numbers right-aligned, scrolling sideways inside itself on a narrow phone.

export interface FiguresTableProps {
  caption: string;
  /** Column headings; the first column is the row's name (a row header). */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}

export function FiguresTable({ caption, columns, rows }: FiguresTableProps) {
  return (
    <div className="figures-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
