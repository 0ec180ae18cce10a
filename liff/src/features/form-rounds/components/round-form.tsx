// Create a round as a draft: title, form, audience (networks, levels, schools), opening and closing (Bangkok time),
// named or anonymous; the server's field errors land on their fields.
import { useState } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { educationLevelLabels, educationLevels, formatThaiDateTime, formatThaiShort, type RoundView } from '@nithet/shared';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { useQuery } from '../../../lib/use-query';
import { getManagedSeminars } from '../api/get-managed-seminars';
import { getSchools } from '../../registration/api/get-schools';
import { AudienceSchools } from '../../supervisor/components/audience-schools';
import { QueryError } from '../../supervisor/components/query-error';
import { bangkokLocalToIso, type SeminarFormOutput, type SeminarFormValues } from '../../supervisor/seminar-form-values';
import { createFormRound } from '../api/create-form-round';
import type { FormTemplateItem } from '../api/get-form-templates';
import {
  roundFieldMessage,
  roundFieldOf,
  roundFormDefaults,
  roundFormSchema,
  toCreateRoundRequest,
  type RoundFormOutput,
  type RoundFormValues,
} from '../round-form-values';

const t = th.formRounds;
const levelOptions = educationLevels.map((l) => ({ value: l, label: educationLevelLabels[l] }));

interface RoundFormProps {
  templates: readonly FormTemplateItem[];
  networks: readonly { id: string; name: string }[];
  onSaved: (round: RoundView) => void;
}

export function RoundForm({ templates, networks, onSaved }: RoundFormProps) {
  const id = (name: string) => `round-${name}`;
  const schools = useQuery(getSchools);
  const seminars = useQuery(getManagedSeminars);
  const [defaults] = useState(() => roundFormDefaults(new Date()));
  const { register, handleSubmit, setError, formState, control } = useForm<RoundFormValues, unknown, RoundFormOutput>({
    resolver: zodResolver(roundFormSchema),
    mode: 'onTouched',
    defaultValues: defaults,
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSaved(await createFormRound(toCreateRoundRequest(values)));
    } catch (err) {
      const apiError = asApiError(err);
      let placed = false;
      for (const [path, message] of Object.entries(apiError.fields)) {
        const field = roundFieldOf(path);
        if (!field) continue;
        setError(field, { type: 'server', message }, { shouldFocus: !placed });
        placed = true;
      }
      if (!placed) setFormError(apiError);
    }
  });

  const times = useWatch({ control, name: ['opensAt', 'closesAt'] });
  /** The browser writes the picked time its own way (often ค.ศ., AM/PM): say it again in Thai with the พ.ศ. year. */
  const time = (name: 'opensAt' | 'closesAt', hint: string, value: string) => (
    <FormField id={id(name)} label={t.labels[name]} required hint={hint} error={roundFieldMessage(name, errors[name])}>
      {(aria) => (
        <>
          <input
            {...aria}
            aria-describedby={`${aria['aria-describedby']} ${id(name)}-be`}
            {...register(name)}
            className="input"
            type="datetime-local"
            required
          />
          <p id={`${id(name)}-be`} className="date-be" aria-live="polite">
            {thaiTimeOf(value)}
          </p>
        </>
      )}
    </FormField>
  );

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField id={id('title')} label={t.labels.title} required hint={t.hints.title} error={roundFieldMessage('title', errors.title)}>
        {(aria) => <input {...aria} {...register('title')} className="input" type="text" autoComplete="off" required />}
      </FormField>
      <ChoiceGroupField
        id={id('templateId')}
        legend={t.labels.templateId}
        type="radio"
        required
        options={templates.map((x) => ({ value: x.templateId, label: x.title }))}
        registration={register('templateId')}
        error={roundFieldMessage('templateId', errors.templateId)}
      />
      <ChoiceGroupField
        id={id('networkIds')}
        legend={t.labels.networkIds}
        type="checkbox"
        options={networks.map((n) => ({ value: n.id, label: n.name }))}
        registration={register('networkIds')}
        hint={t.hints.networkIds}
        error={roundFieldMessage('networkIds', errors.networkIds)}
      />
      <ChoiceGroupField
        id={id('levels')}
        legend={t.labels.levels}
        type="checkbox"
        inline
        options={levelOptions}
        registration={register('levels')}
        hint={t.hints.levels}
        error={roundFieldMessage('levels', errors.levels)}
      />
      {schools.status === 'success' ? (
        <AudienceSchools
          schools={schools.data}
          control={asSchoolsControl(control)}
          error={roundFieldMessage('schoolCodes', errors.schoolCodes)}
        />
      ) : null}
      {schools.status === 'error' ? <QueryError error={schools.error} onRetry={schools.retry} /> : null}
      {seminars.status === 'success' && seminars.data.seminars.length > 0 ? (
        <FormField id={id('seminarId')} label={t.labels.seminarId} optional error={roundFieldMessage('seminarId', errors.seminarId)}>
          {(aria) => (
            <select {...aria} {...register('seminarId')} className="input">
              <option value="">{t.labels.noSeminar}</option>
              {seminars.data.seminars.map((s) => (
                <option key={s.id} value={s.id}>
                  {`${s.title} (${formatThaiShort(s.startsAt)})`}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      {time('opensAt', t.hints.time, times[0])}
      {time('closesAt', t.hints.closesAt, times[1])}
      <div className="field">
        <label className="choice">
          <input type="checkbox" {...register('anonymous')} aria-describedby={id('anonymous-hint')} />
          <span className="choice-text">{t.labels.anonymous}</span>
        </label>
        <p id={id('anonymous-hint')} className="hint">
          {t.hints.anonymous}
        </p>
      </div>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.fixErrors}
        submitLabel={t.submitCreate}
        submitting={isSubmitting}
      />
    </form>
  );
}

const thaiTimeOf = (local: string) => {
  try {
    return formatThaiDateTime(bangkokLocalToIso(local));
  } catch {
    return ''; // not a whole date and time yet
  }
};

/**
 * The seminar form's school picker, reused as it is: it reads and writes only the `schoolCodes` field (a string array),
 * which this form has under the same name and type.
 */
const asSchoolsControl = (control: Control<RoundFormValues, unknown, RoundFormOutput>) =>
  control as unknown as Control<SeminarFormValues, unknown, SeminarFormOutput>;
