// /liff/supervisor/form-templates/:templateId (lazy): one form's newest version in the builder.
import { useCallback } from 'react';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { getFormTemplate } from '../api/get-form-template';
import { FormBuilder } from './form-builder';

const t = th.formBuilder;

export function FormBuilderPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const templateId = params.templateId ?? '';
  const load = useCallback((signal: AbortSignal) => getFormTemplate(templateId, signal), [templateId]);
  const q = useQuery(load);
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <QueryError error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'success' ? <FormBuilder key={templateId} template={q.data} /> : null}
      <AppNav
        items={[
          { to: '/supervisor/form-templates', label: t.toList },
          { to: '/supervisor/forms', label: th.formRounds.title },
        ]}
      />
    </PageLayout>
  );
}
