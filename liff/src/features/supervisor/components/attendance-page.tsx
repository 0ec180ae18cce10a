// /liff/supervisor/seminars/:id/attendance (lazy): check-in at the door (scan or code, queued offline), the totals,
// the evaluation averages and the list of people; refreshed after each batch of check-ins reaches the server.
import { useCallback, useRef, useState } from 'react';
import { SEMINAR_EVALUATION_ITEMS, formatThaiDateTime, type AttendanceResponse, type CheckInResponse } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getAttendance } from '../api/attendance';
import { AttendanceList } from './attendance-list';
import { CheckInPanel } from './check-in-panel';
import { QueryError } from './query-error';
import '../attendance.css';

const t = th.attendance;
const TOTALS = ['going', 'waitlisted', 'checkedIn', 'evaluated', 'certificates'] as const;

export function AttendancePage({ params }: { params: RouteParams }) {
  const seminarId = params.id ?? '';
  const { areaName, mock } = useRuntime();
  const load = useCallback((signal: AbortSignal) => getAttendance(seminarId, signal), [seminarId]);
  const query = useQuery(load);
  const [fresh, setFresh] = useState<AttendanceResponse | null>(null);
  const latest = useRef(0);
  const data = fresh ?? (query.status === 'success' ? query.data : null);

  const onSynced = useCallback(
    (res: CheckInResponse) => {
      // The counts come with the answer; the list follows with one quiet refetch (the newest answer wins).
      setFresh((d) => d && { ...d, totals: { ...d.totals, checkedIn: res.checkedIn, going: res.going } });
      const mine = ++latest.current;
      getAttendance(seminarId).then(
        (next) => {
          if (mine === latest.current) setFresh(next);
        },
        () => {
          // Keep showing the last list; the next batch or a reload brings it up to date.
        },
      );
    },
    [seminarId],
  );

  // Not this person's seminar, or no such seminar: nothing to check in. Offline or a server hiccup: the door goes on.
  const refused = query.status === 'error' && query.error.status >= 400 && query.error.status < 500;
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      {data ? (
        <div className="seminar-heading">
          <p className="network-name">{data.seminar.title}</p>
          <p className="card-meta">{formatThaiDateTime(data.seminar.startsAt)}</p>
        </div>
      ) : null}
      {refused ? null : <CheckInPanel seminarId={seminarId} onSynced={onSynced} />}
      {query.status === 'loading' && !data ? <LoadingPanel /> : null}
      {query.status === 'error' ? <QueryError error={query.error} onRetry={query.retry} /> : null}
      {data ? (
        <>
          <Figures id="totals-heading" title={t.summary} className="totals" items={totalFigures(data.totals)} />
          <Figures
            id="averages-heading"
            title={t.evaluation}
            className="details details-compact"
            items={averageFigures(data.evaluationAverages)}
          />
          <AttendanceList seminarId={seminarId} title={data.seminar.title} rows={data.rows} />
        </>
      ) : null}
      <AppNav
        items={[
          { to: '/supervisor/seminars', label: t.toList },
          { to: `/supervisor/seminars/${encodeURIComponent(seminarId)}/edit`, label: t.toEdit },
        ]}
      />
    </PageLayout>
  );
}

/** A titled list of label → value pairs (the totals, the averages). */
function Figures({ id, title, className, items }: { id: string; title: string; className: string; items: readonly Figure[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className={className}>
        {items.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface Figure {
  key: string;
  label: string;
  value: string;
}

const totalFigures = (totals: AttendanceResponse['totals']): Figure[] =>
  TOTALS.map((key) => ({ key, label: t.totals[key], value: t.people(totals[key]) }));

const averageFigures = (averages: AttendanceResponse['evaluationAverages']): Figure[] =>
  SEMINAR_EVALUATION_ITEMS.map(({ id, label }) => {
    const avg = averages[id];
    return { key: id, label, value: typeof avg === 'number' ? t.average(avg) : t.noAnswers };
  });
