// /liff/supervisor/settings: the office's message budget, quiet hours, certificate signer and stale-profile days;
// below them, the office's supervisors and admins (staff-section.tsx).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SettingsResponse } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getOutboxStatus, getSettings, resumeOutbox, saveSettings } from '../api/settings';
import { useAction } from '../../../lib/use-action';
import { ActionError } from '../../../components/action-error';
import {
  settingsFormSchema,
  settingsFormValuesOf,
  toSettingsRequest,
  type SettingsField,
  type SettingsFormValues,
} from '../settings-form-values';
import { QueryError } from './query-error';
import { StaffSection } from './staff-section';

const t = th.settings;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function SettingsPage() {
  const { areaName, mock } = useRuntime();
  const q = useQuery(getSettings);
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <QueryError error={q.error} onRetry={q.retry} /> : null}
      <HeldMessages />
      {q.status === 'success' ? <SettingsForm saved={q.data} /> : null}
      <StaffSection />
      <AppNav items={[{ to: '/supervisor', label: th.supervisor.toOverview }]} />
    </PageLayout>
  );
}

/** Shown only when LINE's monthly limit held messages back: how many, and a button to send them after a top-up. */
function HeldMessages() {
  const status = useQuery(getOutboxStatus);
  const resume = useAction(resumeOutbox);
  if (status.status !== 'success' || status.data.parkedForQuota.batches === 0) return null;
  const { batches, recipients } = status.data.parkedForQuota;
  return (
    <section className="notice" aria-labelledby="held-heading">
      <h2 id="held-heading">{t.held}</h2>
      <p>{t.heldCount(batches, recipients)}</p>
      <p className="hint" role="status">
        {resume.state.status === 'done' ? t.resumed(resume.state.data.resumed) : ''}
      </p>
      <ActionError state={resume.state} />
      <button type="button" className="button" disabled={resume.running} onClick={() => void resume.run()}>
        {t.resume}
      </button>
    </section>
  );
}

function SettingsForm({ saved }: { saved: SettingsResponse }) {
  const { register, handleSubmit, setError, formState, reset } = useForm<SettingsFormValues, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    mode: 'onTouched',
    defaultValues: settingsFormValuesOf(saved),
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const message = (f: SettingsField) => (errors[f] ? t.errors[f] : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    try {
      reset(settingsFormValuesOf(await saveSettings(toSettingsRequest(settingsFormSchema.parse(values)))));
      setDone(true);
    } catch (err) {
      const apiError = asApiError(err);
      const fields = Object.keys(apiError.fields).filter((f): f is SettingsField => f in t.errors);
      fields.forEach((f, i) => setError(f, { type: 'server', message: apiError.fields[f] }, { shouldFocus: i === 0 }));
      if (fields.length === 0) setFormError(apiError);
    }
  });

  const hourSelect = (name: 'quietStartHour' | 'quietEndHour') => (
    <FormField id={`settings-${name}`} label={t.labels[name]} required error={message(name)}>
      {(aria) => (
        <select {...aria} {...register(name)} className="input">
          {HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {t.hour(h)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2>{t.messages}</h2>
      <FormField
        id="settings-monthlyMessageQuota"
        label={t.labels.monthlyMessageQuota}
        optional
        hint={t.hints.monthlyMessageQuota}
        error={message('monthlyMessageQuota')}
      >
        {(aria) => <input {...aria} {...register('monthlyMessageQuota')} className="input" type="text" inputMode="numeric" />}
      </FormField>
      <p className="hint">{t.hints.quietHours}</p>
      {hourSelect('quietStartHour')}
      {hourSelect('quietEndHour')}
      <h2>{t.certificate}</h2>
      <FormField
        id="settings-certificateSignerName"
        label={t.labels.certificateSignerName}
        optional
        error={message('certificateSignerName')}
      >
        {(aria) => <input {...aria} {...register('certificateSignerName')} className="input" type="text" autoComplete="off" />}
      </FormField>
      <FormField
        id="settings-certificateSignerTitle"
        label={t.labels.certificateSignerTitle}
        optional
        hint={t.hints.certificateSignerTitle}
        error={message('certificateSignerTitle')}
      >
        {(aria) => <input {...aria} {...register('certificateSignerTitle')} className="input" type="text" autoComplete="off" />}
      </FormField>
      <h2>{t.profiles}</h2>
      <FormField id="settings-profileStaleDays" label={t.labels.profileStaleDays} required error={message('profileStaleDays')}>
        {(aria) => <input {...aria} {...register('profileStaleDays')} className="input" type="text" inputMode="numeric" />}
      </FormField>
      <p className="hint" role="status">
        {done ? t.saved : ''}
      </p>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.fixErrors}
        submitLabel={t.save}
        submitting={isSubmitting}
      />
    </form>
  );
}
