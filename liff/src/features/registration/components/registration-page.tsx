// /liff/register (and /liff/): loads the member and the school directory, then the form or the confirmation.
import { useMemo, useState } from 'react';
import type { Registration } from '@nithet/shared';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { navigate } from '../../../lib/navigation';
import { safeNextRoute } from '../../../lib/next-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useMe } from '../api/get-me';
import { useSchools } from '../api/get-schools';
import { registrationDefaults, type RegistrationFormValues } from '../form-defaults';
import { RegistrationDone } from './registration-done';
import { RegistrationForm } from './registration-form';

export function RegistrationPage() {
  const { areaName, mock } = useRuntime();
  const me = useMe();
  const schools = useSchools();
  const [saved, setSaved] = useState<Registration | null>(null);
  const [editing, setEditing] = useState(false);

  const defaults = useMemo<Partial<RegistrationFormValues> | null>(() => {
    if (saved) return { ...saved, phone: saved.phone ?? '' };
    return me.status === 'success' ? registrationDefaults(me.data.member) : null;
  }, [me, saved]);

  const registered = saved !== null || (me.status === 'success' && me.data.member.registered);
  const area = me.status === 'success' ? me.data.area.name : areaName;

  let body;
  if (me.status === 'error') body = <ApiErrorPanel error={me.error} onRetry={me.retry} />;
  else if (schools.status === 'error') body = <ApiErrorPanel error={schools.error} onRetry={schools.retry} />;
  else if (me.status === 'loading' || schools.status === 'loading' || !defaults) body = <LoadingPanel />;
  else if (saved && !editing) body = <RegistrationDone onEdit={() => setEditing(true)} />;
  else
    body = (
      <>
        <p className="intro">{registered ? th.registration.editIntro : th.registration.intro}</p>
        <RegistrationForm
          key={saved ? 'after-save' : 'initial'}
          schools={schools.data}
          defaultValues={defaults}
          onSaved={(values) => {
            // Registered on the way somewhere (a join link): go on there instead of the confirmation.
            const next = safeNextRoute(new URLSearchParams(window.location.search).get('next'));
            if (next) return navigate(next, { replace: true });
            setSaved(values);
            setEditing(false);
            window.scrollTo(0, 0);
          }}
        />
      </>
    );

  return (
    <PageLayout title={th.registration.title} areaName={area} mock={mock}>
      {body}
    </PageLayout>
  );
}
