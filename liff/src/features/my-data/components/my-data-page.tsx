// /liff/me: PDPA "my data" — what is stored, consents and their history, download, and deletion.
import { useState } from 'react';
import type { MemberView } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import type { DeleteResult } from '../api/my-data-actions';
import { getMyData } from '../api/get-my-data';
import { ConsentHistory } from './consent-history';
import { ConsentSettings } from './consent-settings';
import { DataExport } from './data-export';
import { DeleteMyData, DeletedPanel } from './delete-my-data';
import { ProfileSummary } from './profile-summary';

export function MyDataPage() {
  const { areaName, mock } = useRuntime();
  const data = useQuery(getMyData);
  const [member, setMember] = useState<MemberView | null>(null);
  const [deleted, setDeleted] = useState<DeleteResult | null>(null);

  let body;
  if (deleted) body = <DeletedPanel result={deleted} />;
  else if (data.status === 'loading') body = <LoadingPanel />;
  else if (data.status === 'error') body = <ApiErrorPanel error={data.error} onRetry={data.retry} />;
  else {
    const current = member ?? data.data.member;
    body = (
      <>
        <p className="intro">{th.myData.intro}</p>
        <ProfileSummary member={current} schoolName={data.data.schoolName} />
        <ConsentSettings member={current} onSaved={setMember} />
        <ConsentHistory consents={current.consents} />
        <DataExport />
        <DeleteMyData onDeleted={setDeleted} />
        <AppNav
          items={[
            { to: '/networks', label: th.nav.networks },
            { to: '/seminars', label: th.nav.seminars },
            { to: '/forms', label: th.nav.forms },
          ]}
        />
      </>
    );
  }
  const area = data.status === 'success' ? data.data.area.name : areaName;
  return (
    <PageLayout title={th.myData.title} areaName={area} mock={mock}>
      {body}
    </PageLayout>
  );
}
