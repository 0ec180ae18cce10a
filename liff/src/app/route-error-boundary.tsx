// A lazy page's chunk that fails to arrive (slow rural line, new deploy): say so in Thai and offer a reload.
import { Component, type ReactNode } from 'react';
import { PageLayout } from '../components/page-layout';
import { ErrorPanel } from '../components/status-panel';
import { th } from '../i18n/th';

interface State {
  failed: boolean;
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Page failed to load', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <PageLayout title={th.boot.failedTitle}>
        <ErrorPanel message={th.errors.pageLoad} reload />
      </PageLayout>
    );
  }
}
