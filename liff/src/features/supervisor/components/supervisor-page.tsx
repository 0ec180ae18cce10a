// /liff/supervisor (lazy): every network of the office with counts, join links, create / edit / archive, pairing schools.
import { useState } from 'react';
import type { NetworksOverviewResponse, NetworkView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getNetworksOverview } from '../api/get-networks-overview';
import { NetworkForm } from './network-form';
import { NetworkSummaryCard } from './network-summary-card';
import { PairSchoolsSection } from './pair-schools-section';
import { QueryError } from './query-error';

type Summary = NetworksOverviewResponse['networks'][number];
const t = th.supervisor;

export function SupervisorPage() {
  const { areaName, mock } = useRuntime();
  const overview = useQuery(getNetworksOverview);
  // Saved changes are applied in place rather than refetched, so the list (and focus) stays put.
  const [changed, setChanged] = useState<ReadonlyMap<string, NetworkView>>(new Map());
  const [created, setCreated] = useState<readonly Summary[]>([]);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');

  const onChanged = (n: NetworkView, message: string) => {
    setChanged((m) => new Map(m).set(n.id, n));
    setNotice(message);
  };

  let list;
  if (overview.status === 'loading') list = <LoadingPanel />;
  else if (overview.status === 'error') list = <QueryError error={overview.error} onRetry={overview.retry} />;
  else {
    // Networks made on this page drop out of `created` once a refresh brings them (a new pair refreshes the list).
    const fetched = new Set(overview.data.networks.map((s) => s.network.id));
    const all = [...created.filter((s) => !fetched.has(s.network.id)), ...overview.data.networks].map((s) => ({
      ...s,
      network: changed.get(s.network.id) ?? s.network,
    }));
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
        <section className={creating ? 'form-section' : 'create-bar'} aria-label={th.networkForm.createTitle}>
          <button
            type="button"
            className="button"
            aria-expanded={creating}
            aria-controls="create-form"
            onClick={() => setCreating((v) => !v)}
          >
            {creating ? th.networkForm.cancelCreate : t.create}
          </button>
          <div id="create-form">
            {creating ? (
              <NetworkForm
                onSaved={(n) => {
                  setCreated((c) => [{ network: n, active: 0, pending: 0, bySchool: [], byLevel: [] }, ...c]);
                  setCreating(false);
                  setNotice(th.networkForm.created(n.name));
                }}
              />
            ) : null}
          </div>
        </section>
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
          { to: '/supervisor/seminars', label: t.toSeminars },
          { to: '/supervisor/data-quality', label: t.toDataQuality },
          { to: '/networks', label: th.nav.networks },
        ]}
      />
    </PageLayout>
  );
}
