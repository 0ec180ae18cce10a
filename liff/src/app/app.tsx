// Root component: boots LIFF, shows its progress or failure, then hands over to the router.
import { useCallback, useEffect, useState } from 'react';
import { PageLayout } from '../components/page-layout';
import { ErrorPanel, LoadingPanel } from '../components/status-panel';
import { th } from '../i18n/th';
import { RuntimeContext } from '../lib/runtime-context';
import { boot, type BootState } from './boot';
import { Router } from './router';

export function App() {
  const [state, setState] = useState<BootState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let live = true;
    void boot().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  switch (state.status) {
    case 'ready':
      return (
        <RuntimeContext value={{ areaName: state.config.areaName, mock: state.mock, liffUrl: state.config.liffUrl }}>
          <Router />
        </RuntimeContext>
      );
    case 'loading':
    case 'redirecting':
      return (
        <PageLayout title={th.appName}>
          <LoadingPanel message={state.status === 'loading' ? th.boot.loading : th.boot.loggingIn} />
        </PageLayout>
      );
    case 'mock-identity-missing':
      return (
        <PageLayout title={th.boot.mockIdentityMissingTitle} mock>
          <p className="panel">{th.boot.mockIdentityMissing}</p>
        </PageLayout>
      );
    case 'failed':
      return (
        <PageLayout title={th.boot.failedTitle}>
          <ErrorPanel
            message={state.reason === 'init' ? th.boot.initFailed : th.errors.network}
            onRetry={retry}
            reload={state.retry === 'reload'}
          />
        </PageLayout>
      );
  }
}
