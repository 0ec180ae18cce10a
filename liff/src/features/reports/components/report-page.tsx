// /liff/supervisor/reports/:id (lazy): one Form 3 report — its headline numbers, the four steps with who and when,
// the three downloads, and the next step this person may take (review, approve, or publish after the preview).
import { useCallback, useState } from 'react';
import { formatThaiDate, type ReportView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { getReport } from '../api/reports';
import { reportSteps } from '../report-view';
import { ReportActions } from './report-actions';
import { ReportDownloads } from './report-downloads';
import { PublishSection } from './publish-section';
import { StatusTag } from './status-tag';
import '../reports.css';

const t = th.reports;

export function ReportPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const id = params.id ?? '';
  const load = useCallback((signal: AbortSignal) => getReport(id, signal), [id]);
  const query = useQuery(load);
  const [latest, setLatest] = useState<ReportView | null>(null);
  const [notice, setNotice] = useState('');

  let body;
  if (query.status === 'loading') body = <LoadingPanel />;
  else if (query.status === 'error') body = <QueryError error={query.error} onRetry={query.retry} />;
  else {
    const report = latest?.id === id ? latest : query.data;
    const changed = (r: ReportView, message: string) => {
      setLatest(r);
      setNotice(message);
    };
    body = (
      <>
        <h2 className="report-title">
          {report.periodLabel} · {t.version(report.version)}
        </h2>
        <ul className="tags">
          <StatusTag status={report.status} />
        </ul>
        <p className="card-meta">{t.figuresAt(formatThaiDate(report.generatedAt))}</p>
        <Headline report={report} />
        <Steps report={report} />
        <ReportActions report={report} onChanged={changed} />
        <PublishSection report={report} onPublished={changed} />
        <ReportDownloads report={report} />
      </>
    );
  }

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
      <AppNav
        items={[
          { to: '/supervisor/reports', label: t.toList },
          { to: '/supervisor', label: t.toOverview },
        ]}
      />
    </PageLayout>
  );
}

function Headline({ report }: { report: ReportView }) {
  const h = report.headline;
  const count = (n: number) => n.toLocaleString('th-TH');
  const q = report.dataQuality;
  return (
    <section aria-labelledby="headline-heading">
      <h3 id="headline-heading">{t.headline.heading}</h3>
      <dl className="report-facts">
        <dt>{t.headline.networks}</dt>
        <dd>{count(h.networks)}</dd>
        <dt>{t.headline.members}</dt>
        <dd>{count(h.members)}</dd>
        <dt>{t.headline.seminars}</dt>
        <dd>{count(h.seminars)}</dd>
        <dt>{t.headline.attendances}</dt>
        <dd>{count(h.seminarAttendances)}</dd>
        <dt>{t.headline.evaluation}</dt>
        <dd>{h.evaluationMean === null ? t.headline.none : h.evaluationMean.toFixed(2)}</dd>
        <dt>{t.headline.quality}</dt>
        <dd>{q ? t.headline.qualityValue(q.accurate, q.complete, q.current) : t.headline.none}</dd>
      </dl>
    </section>
  );
}

function Steps({ report }: { report: ReportView }) {
  return (
    <section aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t.steps.heading}</h3>
      <ol className="report-steps">
        {reportSteps(report).map((s) => (
          <li key={s.key} className={s.done ? 'done' : undefined} aria-current={s.current ? 'step' : undefined}>
            <span className="step-name">{s.label}</span>
            {s.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
