// /liff/supervisor/plan (lazy): the yearly plan beside the needs from Form 1 — a list and a month calendar, adding and
// editing activities that name the needs they answer; the year comes from ?year=&period= (default: today's ปีงบประมาณ).
import { useCallback, useState } from 'react';
import type { PlanActivity, PlanActivityView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { CreateToggle } from '../../../components/create-toggle';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useSearchParam } from '../../../lib/navigation';
import { useLocalEdits } from '../../../lib/use-local-edits';
import { useQuery } from '../../../lib/use-query';
import { useRuntime } from '../../../lib/runtime-context';
import { QueryError } from '../../supervisor/components/query-error';
import { getPlan } from '../api/plan';
import { cycleOfSearch, cycleSearch, monthsBetween, thaiDay } from '../plan-view';
import { ActivityCard } from './activity-card';
import { ActivityForm } from './activity-form';
import { CyclePicker } from './cycle-picker';
import { NeedsPanel } from './needs-panel';
import { PlanCalendar } from './plan-calendar';
import '../plan.css';

const t = th.plan;
const byDay = (a: PlanActivityView, b: PlanActivityView) =>
  (a.startsOn ?? '9999').localeCompare(b.startsOn ?? '9999') || a.title.localeCompare(b.title, 'th');

export function PlanPage() {
  const { areaName, mock } = useRuntime();
  const cycle = cycleOfSearch(useSearchParam('year'), useSearchParam('period'), new Date());
  const { yearBE, periodKind } = cycle;
  const load = useCallback((signal: AbortSignal) => getPlan({ yearBE, periodKind }, signal), [yearBE, periodKind]);
  const plan = useQuery(load);
  const edits = useLocalEdits<PlanActivityView>();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [mode, setMode] = useState<'list' | 'calendar'>('list');
  const [notice, setNotice] = useState('');

  let body;
  if (plan.status === 'loading') body = <LoadingPanel />;
  else if (plan.status === 'error') body = <QueryError error={plan.error} onRetry={plan.retry} />;
  else {
    const view = plan.data;
    const seminarOf = new Map(view.activities.map((a) => [a.id, a.seminar]));
    const asView = (a: PlanActivity): PlanActivityView => ({ ...a, seminar: seminarOf.get(a.id) ?? null });
    const activities = edits
      .merge(view.activities)
      .filter((a) => !removed.has(a.id))
      .sort(byDay);
    const shown = { ...view, activities };
    body = (
      <>
        <p className="hint">
          {t.cycle.range(view.label, thaiDay(view.period.startsOn), thaiDay(view.period.endsOn))}
          <br />
          {t.cycle.window(thaiDay(view.window.startsOn), thaiDay(view.window.endsOn))}
        </p>
        <NeedsPanel view={shown} />
        <CreateToggle
          open={creating}
          onToggle={() => setCreating((v) => !v)}
          title={t.addTitle}
          openLabel={t.add}
          closeLabel={t.cancelAdd}
          formId="add-activity-form"
        >
          <ActivityForm
            cycle={cycle}
            view={shown}
            onSaved={(a) => {
              edits.created(asView(a));
              setCreating(false);
              setNotice(t.created(a.title));
            }}
          />
        </CreateToggle>
        <div className="view-switch" role="group" aria-label={t.view.legend}>
          {(['list', 'calendar'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {t.view[m]}
            </button>
          ))}
        </div>
        {mode === 'calendar' ? (
          <PlanCalendar
            months={monthsBetween(view.period.startsOn, view.period.endsOn)}
            activities={activities}
            initial={(activities.find((a) => a.startsOn)?.startsOn ?? view.window.startsOn).slice(0, 7)}
          />
        ) : (
          <section aria-labelledby="activities-heading">
            <h2 id="activities-heading">{t.list.heading}</h2>
            <p className="hint">{activities.length ? t.list.count(activities.length) : t.list.empty}</p>
            <ul className="cards">
              {activities.map((a) => (
                <ActivityCard
                  key={a.id}
                  cycle={cycle}
                  view={shown}
                  activity={a}
                  onSaved={(saved) => {
                    edits.changed(asView(saved));
                    setNotice(t.saved(saved.title));
                  }}
                  onRemoved={(gone) => {
                    setRemoved((s) => new Set(s).add(gone.id));
                    setNotice(t.deleted(gone.title));
                  }}
                />
              ))}
            </ul>
          </section>
        )}
      </>
    );
  }

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <CyclePicker cycle={cycle} route="/supervisor/plan" idPrefix="plan-cycle" />
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
      <AppNav
        items={[
          { to: `/supervisor/dashboard${cycleSearch(cycle)}`, label: t.toDashboard },
          { to: '/supervisor', label: t.toSupervisor },
        ]}
      />
    </PageLayout>
  );
}
