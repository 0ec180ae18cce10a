// Who answered, who came, who evaluated: a search over names and schools, and the XLSX of the whole sheet.
import { useId, useState } from 'react';
import { formatThaiShort, type AttendanceRow } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { buddhistDateStamp, safeFileName } from '../../../lib/save-file';
import { useAction } from '../../../lib/use-action';
import { downloadAttendance } from '../api/attendance';
import { searchAttendance } from '../attendance-view';

const t = th.attendance;
const STATUS_TAG = { going: 'tag-member', waitlisted: 'tag-pending', 'not-going': 'tag-off' } as const;

export function AttendanceList({ seminarId, title, rows }: { seminarId: string; title: string; rows: readonly AttendanceRow[] }) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const countId = useId();
  const shown = searchAttendance(rows, query);
  const download = useAction(downloadAttendance);

  return (
    <section aria-labelledby="attendance-list-heading">
      <h2 id="attendance-list-heading">{t.list}</h2>
      <div className="actions attendance-download">
        <button
          type="button"
          className="button button-secondary"
          disabled={download.running}
          onClick={() => void download.run(seminarId, safeFileName(t.fileName(title, buddhistDateStamp(new Date()))))}
        >
          {t.download}
        </button>
        <p className="hint" role="status">
          {download.running ? t.downloading : download.state.status === 'done' ? t.downloaded(download.state.data) : ''}
        </p>
      </div>
      <ActionError state={download.state} />
      {rows.length === 0 ? (
        <p className="hint">{t.empty}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={searchId}>{t.search}</label>
            <input
              id={searchId}
              className="input"
              type="search"
              value={query}
              aria-describedby={countId}
              autoComplete="off"
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p id={countId} className="hint" role="status">
            {shown.length === 0 ? t.noMatch : t.shown(shown.length, rows.length)}
          </p>
          <ul className="cards">
            {shown.map((r) => (
              <AttendanceCard key={r.memberId} row={r} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AttendanceCard({ row }: { row: AttendanceRow }) {
  return (
    <li className="card">
      <h3>{row.name}</h3>
      {row.schoolName ? <p className="card-meta">{row.schoolName}</p> : null}
      <ul className="tags">
        <li className={`tag ${STATUS_TAG[row.status]}`}>
          <span className="visually-hidden">{t.statusLabel}: </span>
          {t.status[row.status]}
        </li>
        <li className={`tag ${row.checkedInAt ? 'tag-member' : 'tag-off'}`}>
          {row.checkedInAt ? t.checkedInAt(formatThaiShort(row.checkedInAt), row.checkInMethod) : t.notCheckedIn}
        </li>
        <li className={`tag ${row.evaluated ? 'tag-member' : 'tag-off'}`}>{row.evaluated ? t.evaluated : t.notEvaluated}</li>
        {row.certificateNumber ? <li className="tag tag-coordinator">{t.certificate(row.certificateNumber)}</li> : null}
      </ul>
    </li>
  );
}
