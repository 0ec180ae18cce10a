// Add or edit a plan activity: react-hook-form over the local schema; the needs offered are Form 1's, most chosen first.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  planActivityKindLabels,
  planActivityKinds,
  planActivityStatusLabels,
  planActivityStatuses,
  type Cycle,
  type PlanActivity,
  type PlanViewResponse,
} from '@nithet/shared';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { createPlanActivity, updatePlanActivity } from '../api/plan';
import {
  activityFieldMessage,
  activityFieldOf,
  activityFormDefaults,
  activityFormSchema,
  activityFormValuesOf,
  toActivityInput,
  type ActivityFormOutput,
  type ActivityFormValues,
} from '../plan-view';

const t = th.plan.form;

interface ActivityFormProps {
  cycle: Cycle;
  view: PlanViewResponse;
  /** The activity being edited; none to add one. */
  activity?: PlanActivity;
  onSaved: (saved: PlanActivity) => void;
}

export function ActivityForm({ cycle, view, activity, onSaved }: ActivityFormProps) {
  const prefix = activity ? `activity-${activity.id}` : 'activity-new';
  const id = (name: string) => `${prefix}-${name}`;
  const [opened] = useState<ActivityFormValues>(() => (activity ? activityFormValuesOf(activity) : activityFormDefaults));
  const { register, handleSubmit, setError, formState } = useForm<ActivityFormValues, unknown, ActivityFormOutput>({
    resolver: zodResolver(activityFormSchema),
    mode: 'onTouched',
    defaultValues: opened,
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const body = toActivityInput(values);
      onSaved(activity ? await updatePlanActivity(activity.id, body) : await createPlanActivity(cycle, body));
    } catch (err) {
      const apiError = asApiError(err);
      let placed = false;
      for (const [path, message] of Object.entries(apiError.fields)) {
        const field = activityFieldOf(path);
        if (!field) continue;
        setError(field, { type: 'server', message }, { shouldFocus: !placed });
        placed = true;
      }
      if (!placed) setFormError(apiError);
    }
  });

  // Needs from the survey, plus any the activity names that the survey of this year lacks (so saving keeps them).
  const needOptions = view.needs.top.map((n) => ({ value: n.key, label: n.label }));
  const known = new Set(needOptions.map((o) => o.value));
  for (const key of activity?.answersNeeds ?? []) if (!known.has(key)) needOptions.push({ value: key, label: key });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField id={id('title')} label={t.labels.title} required error={activityFieldMessage('title', errors.title)}>
        {(aria) => <input {...aria} {...register('title')} className="input" type="text" autoComplete="off" required />}
      </FormField>
      <FormField id={id('kind')} label={t.labels.kind} required error={activityFieldMessage('kind', errors.kind)}>
        {(aria) => (
          <select {...aria} {...register('kind')} className="input" required>
            {planActivityKinds.map((k) => (
              <option key={k} value={k}>
                {planActivityKindLabels[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {needOptions.length > 0 ? (
        <ChoiceGroupField
          id={id('answersNeeds')}
          legend={t.labels.answersNeeds}
          type="checkbox"
          options={needOptions}
          registration={register('answersNeeds')}
          hint={t.hints.answersNeeds}
          error={activityFieldMessage('answersNeeds', errors.answersNeeds)}
        />
      ) : (
        <p className="hint">{t.noNeeds}</p>
      )}
      <FormField
        id={id('startsOn')}
        label={t.labels.startsOn}
        optional
        hint={t.hints.dates}
        error={activityFieldMessage('startsOn', errors.startsOn)}
      >
        {(aria) => <input {...aria} {...register('startsOn')} className="input" type="date" />}
      </FormField>
      <FormField id={id('endsOn')} label={t.labels.endsOn} optional error={activityFieldMessage('endsOn', errors.endsOn)}>
        {(aria) => <input {...aria} {...register('endsOn')} className="input" type="date" />}
      </FormField>
      {view.networks.length > 0 ? (
        <ChoiceGroupField
          id={id('networkIds')}
          legend={t.labels.networkIds}
          type="checkbox"
          options={view.networks.map((n) => ({ value: n.id, label: n.name }))}
          registration={register('networkIds')}
          hint={t.hints.networkIds}
          error={activityFieldMessage('networkIds', errors.networkIds)}
        />
      ) : null}
      <FormField
        id={id('ownerMemberId')}
        label={t.labels.ownerMemberId}
        optional
        error={activityFieldMessage('ownerMemberId', errors.ownerMemberId)}
      >
        {(aria) => (
          <select {...aria} {...register('ownerMemberId')} className="input">
            <option value="">{t.noOwner}</option>
            {view.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={id('budget')}
        label={t.labels.budget}
        optional
        hint={t.hints.budget}
        error={activityFieldMessage('budget', errors.budget)}
      >
        {(aria) => <input {...aria} {...register('budget')} className="input" type="text" inputMode="decimal" autoComplete="off" />}
      </FormField>
      <FormField id={id('status')} label={t.labels.status} required error={activityFieldMessage('status', errors.status)}>
        {(aria) => (
          <select {...aria} {...register('status')} className="input" required>
            {planActivityStatuses.map((s) => (
              <option key={s} value={s}>
                {planActivityStatusLabels[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={id('description')}
        label={t.labels.description}
        optional
        error={activityFieldMessage('description', errors.description)}
      >
        {(aria) => <textarea {...aria} {...register('description')} className="input" rows={3} />}
      </FormField>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.fixErrors}
        submitLabel={activity ? t.submitEdit : t.submitCreate}
        submitting={isSubmitting}
      />
    </form>
  );
}
