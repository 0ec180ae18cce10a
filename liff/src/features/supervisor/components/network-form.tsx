// Create or edit a network: react-hook-form over the shared networkInputSchema, server errors placed on fields.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { networkInputSchema, networkKindLabels, networkKinds, networkLevelLabels, networkLevels, type NetworkView } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { createNetwork, updateNetwork } from '../api/save-network';
import {
  networkFieldMessage,
  networkFieldOf,
  networkFieldOfErrorCode,
  networkFormDefaults,
  type NetworkFormValues,
} from '../network-form-values';
import { JoinPolicyField, LevelsField, SubjectsField } from './network-form-choices';

type Output = ReturnType<typeof networkInputSchema.parse>;
const labels = th.networkForm.labels;

interface NetworkFormProps {
  /** The network being edited; none to create one. */
  network?: NetworkView;
  onSaved: (saved: NetworkView) => void;
}

export function NetworkForm({ network, onSaved }: NetworkFormProps) {
  const prefix = network ? `edit-${network.id}` : 'new';
  const { register, handleSubmit, control, setError, formState } = useForm<NetworkFormValues, unknown, Output>({
    resolver: zodResolver(networkInputSchema),
    mode: 'onTouched',
    defaultValues: networkFormDefaults(network),
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSaved(network ? await updateNetwork(network.id, values) : await createNetwork(values));
    } catch (err) {
      const apiError = asApiError(err);
      if (!showOnFields(apiError)) setFormError(apiError);
    }
  });

  function showOnFields(apiError: ApiError): boolean {
    const fields = { ...apiError.fields };
    const codeField = networkFieldOfErrorCode[apiError.code];
    if (codeField) fields[codeField] = apiError.thaiMessage;
    let placed = false;
    for (const [path, message] of Object.entries(fields)) {
      const field = networkFieldOf(path);
      if (!field) continue;
      setError(field, { type: 'server', message }, { shouldFocus: !placed });
      placed = true;
    }
    return placed;
  }

  const id = (name: string) => `${prefix}-${name}`;
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField id={id('name')} label={labels.name} required error={networkFieldMessage('name', errors.name)}>
        {(aria) => <input {...aria} {...register('name')} className="input" type="text" autoComplete="off" required />}
      </FormField>
      <FormField id={id('description')} label={labels.description} optional error={networkFieldMessage('description', errors.description)}>
        {(aria) => <textarea {...aria} {...register('description')} className="input" rows={3} />}
      </FormField>
      <FormField id={id('kind')} label={labels.kind} required error={networkFieldMessage('kind', errors.kind)}>
        {(aria) => (
          <select {...aria} {...register('kind')} className="input" required>
            <option value="">{th.networkForm.placeholders.kind}</option>
            {networkKinds.map((k) => (
              <option key={k} value={k}>
                {networkKindLabels[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id('level')} label={labels.level} required error={networkFieldMessage('level', errors.level)}>
        {(aria) => (
          <select {...aria} {...register('level')} className="input" required>
            <option value="">{th.networkForm.placeholders.level}</option>
            {networkLevels.map((l) => (
              <option key={l} value={l}>
                {networkLevelLabels[l]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={id('joinCode')}
        label={labels.joinCode}
        required
        hint={th.networkForm.hints.joinCode}
        error={networkFieldMessage('joinCode', errors.joinCode)}
      >
        {(aria) => (
          <input
            {...aria}
            {...register('joinCode')}
            className="input input-code"
            type="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
      </FormField>
      <JoinPolicyField id={id('joinPolicy')} register={register} error={networkFieldMessage('joinPolicy', errors.joinPolicy)} />
      <LevelsField id={id('levels')} register={register} error={networkFieldMessage('levels', errors.levels)} />
      <SubjectsField id={id('subjects')} control={control} />

      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={th.networkForm.fixErrors}
        submitLabel={network ? th.networkForm.submitEdit : th.networkForm.submitCreate}
        submitting={isSubmitting}
      />
    </form>
  );
}
