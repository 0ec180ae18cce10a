// Pair two schools: react-hook-form over the shared pairing schema, the type as radios, both schools from the directory.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { pairSchoolsRequestSchema, type NetworkView, type SchoolListItem } from '@nithet/shared';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormFooter } from '../../../components/form-footer';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { useSchools } from '../../registration/api/get-schools';
import { SchoolPicker } from '../../registration/components/school-picker';
import { pairSchools, type PairSchoolsInput } from '../api/pair-schools';
import { pairFieldMessage, pairFieldOf, pairFormDefaults, type PairFormValues } from '../pair-form-values';
import { QueryError } from './query-error';

const t = th.pairing;
/** School 1 (the พี่ school of a sibling pair), then school 2. */
const pickers = ['schoolA', 'schoolB'] as const;
const typeOptions = (['paired', 'sibling'] as const).map((v) => ({ value: v, label: t.typeOptions[v] }));

export function PairSchoolsForm({ onPaired }: { onPaired: (network: NetworkView) => void }) {
  const schools = useSchools();
  if (schools.status === 'loading') return <LoadingPanel />;
  if (schools.status === 'error') return <QueryError error={schools.error} onRetry={schools.retry} />;
  return <PairForm schools={schools.data} onPaired={onPaired} />;
}

function PairForm({ schools, onPaired }: { schools: readonly SchoolListItem[]; onPaired: (network: NetworkView) => void }) {
  const { register, handleSubmit, control, setError, formState } = useForm<PairFormValues, unknown, PairSchoolsInput>({
    resolver: zodResolver(pairSchoolsRequestSchema),
    mode: 'onTouched',
    defaultValues: pairFormDefaults,
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const sibling = useWatch({ control, name: 'type' }) === 'sibling';
  const [formError, setFormError] = useState<ApiError | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onPaired(await pairSchools(values));
    } catch (err) {
      const apiError = asApiError(err);
      if (!showOnFields(apiError)) setFormError(apiError);
    }
  });

  /** The server names bad fields in English; its Thai message goes under each. An unknown school stays form-wide. */
  function showOnFields(apiError: ApiError): boolean {
    let placed = false;
    for (const path of Object.keys(apiError.fields)) {
      const field = pairFieldOf(path);
      if (!field) continue;
      setError(field, { type: 'server', message: apiError.thaiMessage }, { shouldFocus: !placed });
      placed = true;
    }
    return placed;
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ChoiceGroupField
        id="pair-type"
        legend={t.typeLegend}
        type="radio"
        options={typeOptions}
        registration={register('type')}
        required
        hint={t.siblingNote}
        error={pairFieldMessage('type', errors.type)}
        inline
      />
      {pickers.map((name) => (
        <SchoolPicker
          key={name}
          schools={schools}
          control={control}
          name={name}
          label={t[name](sibling)}
          message={(e) => pairFieldMessage(name, e)}
        />
      ))}
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={th.networkForm.fixErrors}
        submitLabel={t.submit}
        submitting={isSubmitting}
      />
    </form>
  );
}
