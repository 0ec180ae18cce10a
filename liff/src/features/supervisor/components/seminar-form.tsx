// Create or edit a seminar: react-hook-form over the local form schema (Bangkok wall-clock times), server errors placed on fields;
// an edit sends only the changed fields and says first who will be told.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_REMINDER_OFFSETS_MINUTES, educationLevelLabels, educationLevels, type SeminarView } from '@nithet/shared';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { useQuery } from '../../../lib/use-query';
import { getManageableNetworks } from '../api/get-manageable-networks';
import { createSeminar, updateSeminar } from '../api/seminars-admin';
import {
  seminarFieldMessage,
  seminarFieldOf,
  seminarFormDefaults,
  seminarFormSchema,
  seminarFormValuesOf,
  seminarPatch,
  toSeminarInput,
  type SeminarFormOutput,
  type SeminarFormValues,
} from '../seminar-form-values';
import { QueryError } from './query-error';
import { AudienceSchools } from './audience-schools';
import { getSchools } from '../../registration/api/get-schools';

const t = th.seminarAdmin;
const labels = t.labels;

interface SeminarFormProps {
  /** The seminar being edited; none to create one. */
  seminar?: SeminarView;
  onSaved: (saved: SeminarView) => void;
  /** A new seminar's first values (e.g. from a plan activity). */
  prefill?: Partial<SeminarFormValues>;
  /** The plan activity a new seminar is made from (the link is kept). */
  planActivityId?: string;
}

export function SeminarForm({ seminar, onSaved, prefill, planActivityId }: SeminarFormProps) {
  const prefix = seminar ? 'seminar-edit' : 'seminar';
  const id = (name: string) => `${prefix}-${name}`;
  const networks = useQuery(getManageableNetworks);
  const [opened] = useState(() => (seminar ? seminarFormValuesOf(seminar) : { ...seminarFormDefaults, ...prefill }));
  const schools = useQuery(getSchools);
  const { register, handleSubmit, setError, formState, control } = useForm<SeminarFormValues, unknown, SeminarFormOutput>({
    resolver: zodResolver(seminarFormSchema),
    mode: 'onTouched',
    defaultValues: opened,
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [unchanged, setUnchanged] = useState(false);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setUnchanged(false);
    try {
      if (!seminar) {
        onSaved(await createSeminar({ ...toSeminarInput(values), ...(planActivityId ? { planActivityId } : {}) }));
        return;
      }
      const patch = seminarPatch(seminar, opened, values);
      if (Object.keys(patch).length === 0) setUnchanged(true);
      else onSaved(await updateSeminar(seminar.id, patch));
    } catch (err) {
      const apiError = asApiError(err);
      let placed = false;
      for (const [path, message] of Object.entries(apiError.fields)) {
        const field = seminarFieldOf(path);
        if (!field) continue;
        setError(field, { type: 'server', message }, { shouldFocus: !placed });
        placed = true;
      }
      if (!placed) setFormError(apiError);
    }
  });

  const time = (name: 'startsAt' | 'endsAt' | 'registrationDeadline', required: boolean, hint: string) => (
    <FormField
      id={id(name)}
      label={labels[name]}
      required={required}
      optional={!required}
      hint={hint}
      error={seminarFieldMessage(name, errors[name])}
    >
      {(aria) => <input {...aria} {...register(name)} className="input" type="datetime-local" required={required} />}
    </FormField>
  );

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField id={id('title')} label={labels.title} required error={seminarFieldMessage('title', errors.title)}>
        {(aria) => <input {...aria} {...register('title')} className="input" type="text" autoComplete="off" required />}
      </FormField>
      <FormField id={id('agenda')} label={labels.agenda} optional error={seminarFieldMessage('agenda', errors.agenda)}>
        {(aria) => <textarea {...aria} {...register('agenda')} className="input" rows={4} />}
      </FormField>
      {time('startsAt', true, t.hints.time)}
      {time('endsAt', true, t.hints.time)}
      <FormField id={id('venue')} label={labels.venue} optional error={seminarFieldMessage('venue', errors.venue)}>
        {(aria) => <input {...aria} {...register('venue')} className="input" type="text" autoComplete="off" />}
      </FormField>
      <FormField
        id={id('onlineUrl')}
        label={labels.onlineUrl}
        optional
        hint={t.hints.onlineUrl}
        error={seminarFieldMessage('onlineUrl', errors.onlineUrl)}
      >
        {(aria) => (
          <input {...aria} {...register('onlineUrl')} className="input" type="url" inputMode="url" autoComplete="off" spellCheck={false} />
        )}
      </FormField>
      {networks.status === 'loading' ? <LoadingPanel /> : null}
      {networks.status === 'error' ? <QueryError error={networks.error} onRetry={networks.retry} /> : null}
      {networks.status === 'success' ? (
        <ChoiceGroupField
          id={id('networkIds')}
          legend={labels.networkIds}
          type="checkbox"
          options={networkOptions(networks.data, opened.networkIds)}
          registration={register('networkIds')}
          hint={t.hints.networkIds}
          error={seminarFieldMessage('networkIds', errors.networkIds)}
        />
      ) : null}
      <ChoiceGroupField
        id={id('levels')}
        legend={labels.levels}
        type="checkbox"
        inline
        options={educationLevels.map((l) => ({ value: l, label: educationLevelLabels[l] }))}
        registration={register('levels')}
        hint={t.hints.levels}
        error={seminarFieldMessage('levels', errors.levels)}
      />
      {schools.status === 'success' ? (
        <AudienceSchools schools={schools.data} control={control} error={seminarFieldMessage('schoolCodes', errors.schoolCodes)} />
      ) : null}
      {schools.status === 'error' ? <QueryError error={schools.error} onRetry={schools.retry} /> : null}
      <FormField
        id={id('capacity')}
        label={labels.capacity}
        optional
        hint={t.hints.capacity}
        error={seminarFieldMessage('capacity', errors.capacity)}
      >
        {(aria) => <input {...aria} {...register('capacity')} className="input" type="text" inputMode="numeric" autoComplete="off" />}
      </FormField>
      {time('registrationDeadline', false, `${t.hints.registrationDeadline} (${t.hints.time})`)}
      <ChoiceGroupField
        id={id('reminders')}
        legend={labels.reminders}
        type="checkbox"
        options={reminderOptions(opened.reminders)}
        registration={register('reminders')}
        hint={t.hints.reminders}
        error={seminarFieldMessage('reminders', errors.reminders)}
      />
      <div className="field">
        <label className="choice">
          <input type="checkbox" {...register('requireEvaluation')} />
          <span className="choice-text">{labels.requireEvaluation}</span>
        </label>
      </div>

      {seminar ? <p className="notice">{seminar.going > 0 ? t.editNotifies(seminar.going) : t.editNotifiesNobody}</p> : null}
      <p className="hint" role="status">
        {unchanged ? t.editUnchanged : ''}
      </p>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.fixErrors}
        submitLabel={seminar ? t.submitEdit : t.submitCreate}
        submitting={isSubmitting}
      />
    </form>
  );
}

/** The usual offsets, plus any other the seminar already has (so saving never drops one). */
function reminderOptions(current: SeminarFormValues['reminders']) {
  const offsets = [...new Set([...DEFAULT_REMINDER_OFFSETS_MINUTES, ...(Array.isArray(current) ? current.map(Number) : [])])];
  return offsets.sort((a, b) => b - a).map((m) => ({ value: String(m), label: t.reminderOption(m) }));
}

/** The office's networks, plus any the seminar already targets that the list lacks (so saving never drops them). */
function networkOptions(networks: readonly { id: string; name: string }[], chosen: SeminarFormValues['networkIds']) {
  const options = networks.map((n) => ({ value: n.id, label: n.name }));
  const known = new Set(options.map((o) => o.value));
  const missing = (Array.isArray(chosen) ? chosen : []).map(String).filter((v) => !known.has(v));
  return [...options, ...missing.map((v) => ({ value: v, label: t.otherNetwork(v) }))];
}
