// /liff/supervisor (lazy): every network of the office with counts, join links, create / edit / archive, pairing schools.
import { useState } from 'react';
import type { NetworksOverviewResponse, NetworkView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { CreateToggle } from '../../../components/create-toggle';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { useLocalEdits } from '../../../lib/use-local-edits';
import { getNetworksOverview } from '../api/get-networks-overview';
import { NetworkForm } from './network-form';
import { NetworkSummaryCard } from './network-summary-card';
import { PairSchoolsSection } from './pair-schools-section';
import { QueryError } from './query-error';

type Summary = NetworksOverviewResponse['networks'][number];
const t = th.supervisor;
const NO_MEMBERS_YET: Omit<Summary, 'network'> = { active: 0, pending: 0, bySchool: [], byLevel: [] };

export function SupervisorPage() {
  const { areaName, mock } = useRuntime();
  const overview = useQuery(getNetworksOverview);
  const edits = useLocalEdits<NetworkView>();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');

  const onChanged = (n: NetworkView, message: string) => {
    edits.changed(n);
    setNotice(message);
  };

  let list;
  if (overview.status === 'loading') list = <LoadingPanel />;
  else if (overview.status === 'error') list = <QueryError error={overview.error} onRetry={overview.retry} />;
  else {
    // A network made on this page has no counts until a refresh brings it (a new pair refreshes the list).
    const counts = new Map(overview.data.networks.map((s) => [s.network.id, s]));
    const all: Summary[] = edits
      .merge(overview.data.networks.map((s) => s.network))
      .map((network) => ({ ...(counts.get(network.id) ?? NO_MEMBERS_YET), network }));
    list = (
      <>
        <p className="hint">{all.length ? t.count(all.length) : t.empty}</p>
        <ul className="cards">
          {all.map((s) => (
            <NetworkSummaryCard key={s.network.id} summary={s} onChanged={onChanged} />
          ))}
        </ul>
      </>
    );
  }
  const forbidden = overview.status === 'error' && overview.error.status === 403;

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {forbidden ? null : (
        <CreateToggle
          open={creating}
          onToggle={() => setCreating((v) => !v)}
          title={th.networkForm.createTitle}
          openLabel={t.create}
          closeLabel={th.networkForm.cancelCreate}
          formId="create-form"
        >
          <NetworkForm
            onSaved={(n) => {
              edits.created(n);
              setCreating(false);
              setNotice(th.networkForm.created(n.name));
            }}
          />
        </CreateToggle>
      )}
      {forbidden ? null : (
        <PairSchoolsSection
          onPaired={(n) => {
            setNotice(th.pairing.created(n.name));
            overview.retry();
          }}
        />
      )}
      <section aria-labelledby="networks-heading">
        <h2 id="networks-heading">{t.allNetworks}</h2>
        {list}
      </section>
      <AppNav
        items={[
          { to: '/supervisor/plan', label: th.plan.toPlan },
          { to: '/supervisor/dashboard', label: th.plan.toDashboard },
          { to: '/supervisor/reports', label: th.reports.toReports },
          { to: '/supervisor/seminars', label: t.toSeminars },
          { to: '/supervisor/forms', label: th.formRounds.title },
          { to: '/supervisor/form-templates', label: th.formBuilder.listTitle },
          { to: '/supervisor/data-quality', label: t.toDataQuality },
          { to: '/supervisor/audit', label: th.audit.title },
          { to: '/supervisor/settings', label: t.toSettings },
          { to: '/networks', label: th.nav.networks },
        ]}
      />
    </PageLayout>
  );
}
