// The network form's grouped choices: join policy (radios), education levels (checkboxes), subjects (comma text).
import { useState } from 'react';
import { useController, type Control, type UseFormRegister } from 'react-hook-form';
import { educationLevelLabels, educationLevels, joinPolicies, joinPolicyLabels } from '@nithet/shared';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { networkFieldMessage, splitSubjects, type NetworkFormValues } from '../network-form-values';

const labels = th.networkForm.labels;
const policyOptions = joinPolicies.map((p) => ({ value: p, label: joinPolicyLabels[p] }));
const levelOptions = educationLevels.map((l) => ({ value: l, label: educationLevelLabels[l] }));

interface ChoiceProps {
  id: string;
  register: UseFormRegister<NetworkFormValues>;
  error?: string | undefined;
}

export const JoinPolicyField = ({ id, register, error }: ChoiceProps) => (
  <ChoiceGroupField
    id={id}
    legend={labels.joinPolicy}
    type="radio"
    options={policyOptions}
    registration={register('joinPolicy')}
    required
    error={error}
  />
);

export const LevelsField = ({ id, register, error }: ChoiceProps) => (
  <ChoiceGroupField
    id={id}
    legend={labels.levels}
    type="checkbox"
    options={levelOptions}
    registration={register('levels')}
    hint={th.networkForm.hints.levels}
    error={error}
    inline
  />
);

/** Typed as one line, kept as an array; the text stays as typed so commas and spaces do not jump around. */
export function SubjectsField({ id, control }: { id: string; control: Control<NetworkFormValues> }) {
  const { field, fieldState } = useController({ control, name: 'subjects' });
  const [text, setText] = useState(() => (field.value ?? []).join(', '));
  const error = networkFieldMessage('subjects', fieldState.error);
  return (
    <FormField id={id} label={labels.subjects} optional hint={th.networkForm.hints.subjects} error={error}>
      {(aria) => (
        <input
          {...aria}
          {...{ ref: field.ref, name: field.name, onBlur: field.onBlur }}
          type="text"
          className="input"
          value={text}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            field.onChange(splitSubjects(e.target.value));
          }}
        />
      )}
    </FormField>
  );
}
