// /liff/supervisor/reports (lazy): the office's Form 3 reports (cycle, version, status) and making a cycle's report
// from the latest figures; each report opens its own page (steps, downloads, approval, publication).
import { useState } from 'react';
import { cyclePeriodKindLabels, formatThaiDate, type CyclePeriodKind, type ReportView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { navigate } from '../../../lib/navigation';
import { useRuntime } from '../../../lib/runtime-context';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { generateReport, getReports } from '../api/reports';
import { defaultCycle, periodChoices, yearChoices } from '../report-view';
import { StatusTag } from './status-tag';
import '../reports.css';

const t = th.reports;

export function ReportsPage() {
  const { areaName, mock } = useRuntime();
  const reports = useQuery(getReports);

  let body;
  if (reports.status === 'loading') body = <LoadingPanel />;
  else if (reports.status === 'error') body = <QueryError error={reports.error} onRetry={reports.retry} />;
  else
    body = (
      <>
        {reports.data.length === 0 ? <p className="hint">{t.empty}</p> : null}
        <ul className="cards">
          {reports.data.map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </ul>
      </>
    );
  const forbidden = reports.status === 'error' && reports.error.status === 403;

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      {forbidden ? null : <GenerateForm />}
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t.list}</h2>
        {body}
      </section>
      <AppNav items={[{ to: '/supervisor', label: t.toOverview }]} />
    </PageLayout>
  );
}

function ReportCard({ report }: { report: ReportView }) {
  return (
    <li className="card">
      <h3>
        <AppLink
          to={`/supervisor/reports/${encodeURIComponent(report.id)}`}
          label={t.open(`${report.periodLabel} ${t.version(report.version)}`)}
        >
          {report.periodLabel} · {t.version(report.version)}
        </AppLink>
      </h3>
      <ul className="tags">
        <StatusTag status={report.status} />
      </ul>
      <p className="card-meta">{t.figuresAt(formatThaiDate(report.generatedAt))}</p>
    </li>
  );
}

/** Picks the cycle and makes (or refreshes) its draft, then opens it. */
function GenerateForm() {
  const initial = defaultCycle(new Date());
  const [year, setYear] = useState(String(initial.yearBE));
  const [period, setPeriod] = useState<CyclePeriodKind>(initial.periodKind);
  const generate = useAction(generateReport);
  return (
    <section aria-labelledby="generate-heading" className="panel">
      <h2 id="generate-heading">{t.generate.heading}</h2>
      <form
        className="report-cycle"
        onSubmit={(e) => {
          e.preventDefault();
          void generate.run({ yearBE: Number(year), periodKind: period }).then((res) => {
            if (res) navigate(`/supervisor/reports/${encodeURIComponent(res.data.report.id)}`);
          });
        }}
      >
        <div className="field">
          <label htmlFor="report-period">{t.generate.period}</label>
          <select id="report-period" className="input" value={period} onChange={(e) => setPeriod(e.target.value as CyclePeriodKind)}>
            {periodChoices.map((p) => (
              <option key={p} value={p}>
                {cyclePeriodKindLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-year">{t.generate.year}</label>
          <select id="report-year" className="input" value={year} onChange={(e) => setYear(e.target.value)}>
            {yearChoices(initial).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t.generate.note}</p>
        <p className="hint" role="status">
          {generate.running ? t.generate.running : ''}
        </p>
        <ActionError state={generate.state} />
        <button type="submit" className="button button-primary" disabled={generate.running}>
          {t.generate.submit}
        </button>
      </form>
    </section>
  );
}
