// /liff/supervisor/dashboard (lazy): the office's CycleFigures — headline numbers with last year's, networks by kind and
// level, membership and participation by month, the need → activity → score → open? trace, plan progress, scores by
// kind and level, recommendations and "start next cycle". Numbers are text in tables; the bars only repeat them.
import { useCallback } from 'react';
import { bangkokDay, formatThaiDateTime, type ScoreGroup } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useSearchParam } from '../../../lib/navigation';
import { useQuery } from '../../../lib/use-query';
import { useRuntime } from '../../../lib/runtime-context';
import { QueryError } from '../../supervisor/components/query-error';
import { getDashboard } from '../api/dashboard';
import { cycleOfSearch, cycleSearch } from '../plan-view';
import { CyclePicker } from './cycle-picker';
import { FigureBars, widthOf } from './figure-bars';
import { FiguresTable } from './figures-table';
import { HeadlineStats } from './headline-stats';
import { NeedsTrace } from './needs-trace';
import { NextCycleAction } from './next-cycle-action';
import { RecommendationsSection } from './recommendations-section';
import '../plan.css';

const t = th.dashboard;
const num = (n: number) => n.toLocaleString('th-TH');
const dec = (n: number | null) => (n === null ? t.headline.noValue : n.toFixed(2));
const scoreRows = (groups: readonly ScoreGroup[]) =>
  groups.filter((g) => g.n > 0).map((g) => ({ key: g.key, cells: [g.label, dec(g.mean), dec(g.sd), num(g.n)] }));

export function DashboardPage() {
  const { areaName, mock } = useRuntime();
  const cycle = cycleOfSearch(useSearchParam('year'), useSearchParam('period'), new Date());
  const { yearBE, periodKind } = cycle;
  const load = useCallback((signal: AbortSignal) => getDashboard({ yearBE, periodKind }, signal), [yearBE, periodKind]);
  const figures = useQuery(load);

  let body;
  if (figures.status === 'loading') body = <LoadingPanel />;
  else if (figures.status === 'error') body = <QueryError error={figures.error} onRetry={figures.retry} />;
  else {
    const f = figures.data;
    // The members chart stops at this month: a month still to come has no members to count yet.
    const thisMonth = bangkokDay(f.generatedAt).slice(0, 7);
    const pastMonths = f.participation.months.filter((m) => m.month <= thisMonth);
    const maxMembers = Math.max(0, ...pastMonths.map((m) => m.members));
    const scoreColumns = [t.scores.group, t.scores.mean, t.scores.sd, t.scores.n];
    body = (
      <>
        <p className="hint">
          {f.period.label} · {t.generatedAt(formatThaiDateTime(f.generatedAt))}
        </p>
        <HeadlineStats now={f.headline} previous={f.previous} />

        <section aria-labelledby="networks-heading">
          <h2 id="networks-heading">{t.networks.heading}</h2>
          <p>{t.networks.total(f.networks.total, f.networks.members, f.networks.coordinators)}</p>
          {(['byKind', 'byLevel'] as const).map((k) => (
            <FiguresTable
              key={k}
              caption={t.networks[k]}
              columns={[t.networks.group, t.networks.networks, t.networks.members]}
              rows={f.networks[k].map((g) => ({ key: g.key, cells: [g.label, num(g.networks), num(g.members)] }))}
            />
          ))}
        </section>

        <section aria-labelledby="participation-heading">
          <h2 id="participation-heading">{t.participation.heading}</h2>
          <FigureBars
            caption={t.participation.membersChart}
            rows={pastMonths.map((m) => ({
              key: m.month,
              label: m.label,
              value: t.participation.value(m.members),
              width: widthOf(m.members, maxMembers),
            }))}
          />
          <FiguresTable
            caption={t.participation.heading}
            columns={[
              t.participation.month,
              t.participation.members,
              t.participation.seminarAttendances,
              t.participation.activityParticipants,
            ]}
            rows={f.participation.months.map((m) => ({
              key: m.month,
              cells: [m.label, num(m.members), num(m.seminarAttendances), num(m.activityParticipants)],
            }))}
          />
        </section>

        <NeedsTrace needs={f.needs} />

        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t.plan.heading}</h2>
          <p>{t.plan.budget(f.plan.budgetPlanned, f.plan.activitiesWithBudget)}</p>
          {(['byStatus', 'byKind'] as const).map((k) => (
            <FigureBars
              key={k}
              caption={t.plan[k]}
              rows={f.plan[k].map((r) => ({
                key: r.key,
                label: r.label,
                value: t.plan.count(r.count),
                width: widthOf(r.count, f.plan.activities),
              }))}
            />
          ))}
        </section>

        <section aria-labelledby="scores-heading">
          <h2 id="scores-heading">{t.scores.heading}</h2>
          {(['form2', 'seminars'] as const).map((which) => {
            const s = f.evaluation[which];
            return (
              <div key={which}>
                <h3>{t.scores[which]}</h3>
                <p>{t.scores.overall(s.overall.mean, s.overall.sd, s.overall.n)}</p>
                {scoreRows(s.byNetworkKind).length ? (
                  <FiguresTable
                    caption={`${t.scores[which]} ${t.scores.byKind}`}
                    columns={scoreColumns}
                    rows={scoreRows(s.byNetworkKind)}
                  />
                ) : null}
                {scoreRows(s.byNetworkLevel).length ? (
                  <FiguresTable
                    caption={`${t.scores[which]} ${t.scores.byLevel}`}
                    columns={scoreColumns}
                    rows={scoreRows(s.byNetworkLevel)}
                  />
                ) : null}
              </div>
            );
          })}
        </section>

        <RecommendationsSection key={`${yearBE}-${periodKind}`} cycle={cycle} figures={f} />
        <NextCycleAction cycle={cycle} />
      </>
    );
  }

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <CyclePicker cycle={cycle} route="/supervisor/dashboard" idPrefix="dashboard-cycle" />
      {body}
      <AppNav
        items={[
          { to: `/supervisor/plan${cycleSearch(cycle)}`, label: th.plan.toPlan },
          { to: '/supervisor', label: th.plan.toSupervisor },
        ]}
      />
    </PageLayout>
  );
}
