// /liff/networks: the networks I am in (with leave), my school's pairs, join by code, and networks that suit me (with join).
import { useCallback, useMemo, useState } from 'react';
import type { NetworkView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { browseNetworks, getMyNetworks } from '../api/get-my-networks';
import { isSchoolPairing } from '../pairing-view';
import { BrowseNetworks } from './browse-networks';
import { JoinCodeForm } from './join-code-form';
import { MyNetworkList } from './my-network-list';
import { MyPairings } from './my-pairings';

/** A school pair is for its two schools only, and those see it in their own section. */
const suits = <T extends { network: NetworkView }>(items: readonly T[]) => items.filter((i) => !isSchoolPairing(i.network));

export function MyNetworksPage() {
  const { areaName, mock } = useRuntime();
  const mine = useQuery(getMyNetworks);
  const browse = useQuery(browseNetworks);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const onLeft = useCallback((networkId: string) => setLeft((s) => new Set(s).add(networkId)), []);
  const refreshMine = mine.retry;
  const statuses = useMemo(
    () =>
      mine.status === 'success'
        ? new Map(mine.data.networks.filter((i) => !left.has(i.network.id)).map((i) => [i.network.id, i.membership.status]))
        : null,
    [mine, left],
  );

  return (
    <PageLayout title={th.networks.title} areaName={areaName} mock={mock}>
      <section className="form-section" aria-labelledby="mine-heading">
        <h2 id="mine-heading" tabIndex={-1}>
          {th.networks.mine}
        </h2>
        {mine.status === 'loading' ? <LoadingPanel /> : null}
        {mine.status === 'error' ? <ApiErrorPanel error={mine.error} onRetry={mine.retry} /> : null}
        {mine.status === 'success' ? <MyNetworkList items={mine.data.networks} left={left} onLeft={onLeft} /> : null}
      </section>

      <section className="form-section" aria-labelledby="pairings-heading">
        <h2 id="pairings-heading">{th.pairing.mine}</h2>
        <p className="hint">{th.pairing.mineHint}</p>
        <MyPairings statuses={statuses} onJoined={refreshMine} />
      </section>

      <section className="form-section" aria-labelledby="code-heading">
        <h2 id="code-heading">{th.networks.byCode}</h2>
        <JoinCodeForm />
      </section>

      <section className="form-section" aria-labelledby="browse-heading">
        <h2 id="browse-heading">{th.networks.browse}</h2>
        <p className="hint">{th.networks.browseHint}</p>
        {browse.status === 'loading' ? <LoadingPanel /> : null}
        {browse.status === 'error' ? <ApiErrorPanel error={browse.error} onRetry={browse.retry} /> : null}
        {browse.status === 'success' ? <BrowseNetworks items={suits(browse.data.networks)} left={left} onJoined={refreshMine} /> : null}
      </section>

      <AppNav
        items={[
          { to: '/seminars', label: th.nav.seminars },
          { to: '/forms', label: th.nav.forms },
          { to: '/me', label: th.nav.myData },
          { to: '/register', label: th.nav.register },
        ]}
      />
    </PageLayout>
  );
}
