// /liff/join?code=XXXX: where a network's join link or QR leads; sends the person to register first, then joins.
import { useCallback, useEffect } from 'react';
import { networkKindLabels } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, ErrorPanel, LoadingPanel, useFocusOnMount } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { ApiError } from '../../../lib/api-client';
import { navigate, useSearchParam } from '../../../lib/navigation';
import { withNext } from '../../../lib/next-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getRegistration } from '../api/get-registration';
import { joinByCodeOnce } from '../api/join-network';
import { normaliseJoinCode } from '../join-code';
import { joinOutcomeMessage } from '../join-outcome';
import { JoinCodeForm } from './join-code-form';

export function JoinPage() {
  const { areaName, mock } = useRuntime();
  const code = normaliseJoinCode(useSearchParam('code') ?? '');
  return (
    <PageLayout title={th.join.title} areaName={areaName} mock={mock}>
      {code ? (
        <>
          <p className="join-code">{th.join.code(code)}</p>
          <JoinFlow key={code} code={code} />
        </>
      ) : (
        <>
          <p>{th.join.noCode}</p>
          <JoinCodeForm />
        </>
      )}
    </PageLayout>
  );
}

/** Registration first (and back here afterwards), then the join itself. */
function JoinFlow({ code }: { code: string }) {
  const registration = useQuery(getRegistration);
  const unregistered = registration.status === 'success' && !registration.data.registered;
  useEffect(() => {
    if (unregistered) navigate(registerThenJoin(code), { replace: true });
  }, [unregistered, code]);

  if (registration.status === 'error') return <ApiErrorPanel error={registration.error} onRetry={registration.retry} />;
  if (registration.status === 'loading') return <LoadingPanel />;
  if (unregistered) return <LoadingPanel message={th.join.toRegister} />;
  return <JoinResult code={code} />;
}

const registerThenJoin = (code: string) => withNext('/register', `/join?${new URLSearchParams({ code }).toString()}`);

function JoinResult({ code }: { code: string }) {
  const load = useCallback(() => joinByCodeOnce(code), [code]);
  const join = useQuery(load);
  const notRegistered = join.status === 'error' && join.error.code === 'member/not-registered';
  useEffect(() => {
    if (notRegistered) navigate(registerThenJoin(code), { replace: true });
  }, [notRegistered, code]);

  if (join.status === 'loading' || notRegistered) return <LoadingPanel message={th.join.joining} />;
  if (join.status === 'error') return <JoinFailed error={join.error} onRetry={join.retry} />;
  const { outcome, network } = join.data;
  return <JoinDone message={joinOutcomeMessage(outcome, network.name)} detail={networkKindLabels[network.kind]} />;
}

function JoinDone({ message, detail }: { message: string; detail: string }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel panel-success" aria-labelledby="join-done">
      <h2 id="join-done" ref={headingRef} tabIndex={-1}>
        {message}
      </h2>
      <p className="hint">{detail}</p>
      <AppLink to="/networks" className="button">
        {th.join.toMyNetworks}
      </AppLink>
    </section>
  );
}

/** A code that leads nowhere (404) or to an archived network (409): the server's Thai words, then another code. */
function JoinFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error.status !== 404 && error.status !== 409) return <ApiErrorPanel error={error} onRetry={onRetry} />;
  return (
    <>
      <ErrorPanel title={th.join.failedTitle} message={error.thaiMessage} />
      <section className="panel" aria-labelledby="join-another">
        <h2 id="join-another">{th.join.tryAnother}</h2>
        <JoinCodeForm />
      </section>
    </>
  );
}
