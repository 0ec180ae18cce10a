// /liff/supervisor/seminars/:id/edit (lazy): the seminar form prefilled; saving sends only the changes, and says first
// how many people already going will be told. The seminar comes from the managers' list (GET /api/seminars).
import { useState } from 'react';
import { formatThaiDateTime, type SeminarView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useSearchParam } from '../../../lib/navigation';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getSeminars } from '../../seminars/api/seminars';
import { QueryError } from './query-error';
import { SeminarForm } from './seminar-form';
import { seminarPrefillFromPlan } from '../seminar-form-values';

const t = th.seminarEdit;

export function SeminarEditPage({ params }: { params: RouteParams }) {
  const seminarId = params.id ?? '';
  const { areaName, mock } = useRuntime();
  const list = useQuery(getSeminars);
  const [saved, setSaved] = useState<SeminarView | null>(null);
  const [notice, setNotice] = useState('');
  const found = list.status === 'success' ? list.data.seminars.find((i) => i.manager && i.seminar.id === seminarId)?.seminar : undefined;
  const seminar = saved ?? found;
  // /supervisor/seminars/new/edit?planActivity=…: a new seminar prefilled from a plan activity ("สร้างสัมมนาจากกิจกรรมนี้").
  const planActivityId = useSearchParam('planActivity');
  const prefill = seminarPrefillFromPlan({
    title: useSearchParam('title'),
    day: useSearchParam('day'),
    networks: useSearchParam('networks'),
  });
  const fromPlan = seminarId === 'new' && !saved;

  let body;
  if (fromPlan)
    body = planActivityId ? (
      <section aria-labelledby="edit-heading" className="form-section">
        <h2 id="edit-heading">{th.plan.seminarFromPlan.heading}</h2>
        <p className="hint">{th.plan.seminarFromPlan.intro}</p>
        <SeminarForm
          prefill={prefill}
          planActivityId={planActivityId}
          onSaved={(s) => {
            setSaved(s);
            setNotice(th.plan.seminarFromPlan.created(s.title));
          }}
        />
      </section>
    ) : (
      <p className="panel">{th.plan.seminarFromPlan.missing}</p>
    );
  else if (list.status === 'loading') body = <LoadingPanel />;
  else if (list.status === 'error') body = <QueryError error={list.error} onRetry={list.retry} />;
  else if (!seminar) body = <p className="panel">{t.notFound}</p>;
  else if (seminar.status === 'cancelled' || seminar.status === 'finished') body = <p className="panel">{t.closed[seminar.status]}</p>;
  else
    body = (
      <section aria-labelledby="edit-heading" className="form-section">
        <h2 id="edit-heading">{seminar.title}</h2>
        <p className="card-meta">{formatThaiDateTime(seminar.startsAt)}</p>
        {/* A new key after each save: the form reopens on the saved values, so the next save compares with them. */}
        <SeminarForm
          key={seminar.version}
          seminar={seminar}
          onSaved={(s) => {
            setSaved(s);
            setNotice(t.saved(s.title, seminar.going));
          }}
        />
      </section>
    );

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
      <AppNav
        items={[
          { to: '/supervisor/seminars', label: t.toList },
          ...(seminarId === 'new' ? [{ to: '/supervisor/plan', label: th.plan.seminarFromPlan.toPlan }] : []),
          { to: `/supervisor/seminars/${encodeURIComponent(saved?.id ?? seminarId)}/attendance`, label: t.toAttendance },
        ]}
      />
    </PageLayout>
  );
}
