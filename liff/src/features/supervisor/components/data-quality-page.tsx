// /liff/supervisor/data-quality (lazy): the three figures of the work standard with one-tap nudges, what lies behind
// them, incomplete and stale profiles, schools missing from their networks, reminders to chosen people.
import { useCallback, useState } from 'react';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getDataQuality } from '../api/data-quality';
import { NudgePanel } from './nudge-panel';
import { QualityFigures } from './quality-figures';
import { DuplicatesSection, MissingResponsesSection, OldNetworksSection } from './quality-details';
import { PeopleChecklist } from './people-checklist';
import { QueryError } from './query-error';
import { SchoolsWithoutMembers } from './schools-without-members';

const t = th.dataQuality;

export function DataQualityPage() {
  const { areaName, mock } = useRuntime();
  const data = useQuery(getDataQuality);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Reminded on this page: the preview counts them as "already reminded today" without fetching again.
  const [reminded, setReminded] = useState<ReadonlyMap<string, string>>(new Map());
  const toggle = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }, []);

  let body;
  if (data.status === 'loading') body = <LoadingPanel />;
  else if (data.status === 'error') body = <QueryError error={data.error} onRetry={data.retry} />;
  else {
    const d = data.data;
    const withReminders = <P extends { memberId: string; lastNudgedAt: string | null }>(people: readonly P[]) =>
      people.map((p) => ({ ...p, lastNudgedAt: reminded.get(p.memberId) ?? p.lastNudgedAt }));
    body = (
      <>
        <p className="intro">{t.intro}</p>
        <QualityFigures board={d} />
        <DuplicatesSection duplicates={d.duplicates} />
        <MissingResponsesSection rounds={d.rounds} />
        <OldNetworksSection networks={d.networksNotUpdated} />
        <PeopleChecklist
          id="incomplete"
          title={t.incomplete}
          empty={t.incompleteEmpty}
          people={d.incomplete}
          selected={selected}
          onToggle={toggle}
        />
        <PeopleChecklist
          id="stale"
          title={t.stale(d.staleDays)}
          empty={t.staleEmpty}
          people={d.stale}
          selected={selected}
          onToggle={toggle}
        />
        <SchoolsWithoutMembers rows={d.schoolsWithoutMembers} />
        <NudgePanel
          selected={selected}
          people={withReminders([...d.incomplete, ...d.stale])}
          onSent={(ids) => {
            const at = new Date().toISOString();
            setReminded((m) => new Map([...m, ...ids.map((id) => [id, at] as const)]));
            setSelected(new Set());
          }}
        />
      </>
    );
  }
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      {body}
      <AppNav
        items={[
          { to: '/supervisor/audit', label: th.qualityBoard.toAudit },
          { to: '/supervisor', label: th.supervisor.toOverview },
        ]}
      />
    </PageLayout>
  );
}
