// The registration form: react-hook-form over the shared zod schema, validated as the person types.
import { useRef, useState } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  educationLevelLabels,
  educationLevels,
  positionLabels,
  positions,
  registrationInputSchema,
  titles,
  type Registration,
  type SchoolListItem,
} from '@nithet/shared';
import { FieldError, FormField, RequiredMark, errorId } from '../../../components/form-field';
import { ErrorPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { ApiError } from '../../../lib/api-client';
import { saveRegistration } from '../api/save-registration';
import { fieldMessage, fieldOfErrorCode, formFieldOf } from '../field-messages';
import type { RegistrationFormValues } from '../form-defaults';
import { ConsentFields } from './consent-fields';
import { SchoolPicker } from './school-picker';
import { SubjectsInput } from './subjects-input';

interface RegistrationFormProps {
  schools: readonly SchoolListItem[];
  defaultValues: Partial<RegistrationFormValues>;
  onSaved: (saved: Registration) => void;
}

const labels = th.registration.labels;

/** Strip what people type around phone digits ("081-234 5678"), so the schema sees digits only. */
const phoneDigits = (v: unknown) => (typeof v === 'string' ? v.replace(/[\s\-().]/g, '') : v);

export function RegistrationForm({ schools, defaultValues, onSaved }: RegistrationFormProps) {
  const { register, handleSubmit, control, setError, formState } = useForm<RegistrationFormValues, unknown, Registration>({
    resolver: zodResolver(registrationInputSchema),
    mode: 'onChange',
    defaultValues,
  });
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const [formError, setFormError] = useState<ApiError | null>(null);
  const sending = useRef(false);

  const onSubmit = handleSubmit(async (values) => {
    if (sending.current) return; // a second tap while the first request is on its way
    sending.current = true;
    setFormError(null);
    try {
      await saveRegistration(values);
      onSaved(values);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError('client/unexpected', th.errors.unexpected, 0);
      if (!showOnFields(apiError)) setFormError(apiError);
    } finally {
      sending.current = false;
    }
  });

  /** Puts the server's per-field Thai messages under their fields; false when none of them fit a field. */
  function showOnFields(apiError: ApiError): boolean {
    let placed = false;
    let focus = true;
    const fields = { ...apiError.fields };
    const codeField = fieldOfErrorCode[apiError.code];
    if (codeField && Object.keys(fields).length === 0) fields[codeField] = apiError.thaiMessage;
    for (const [path, message] of Object.entries(fields)) {
      const field = formFieldOf(path);
      if (!field) continue;
      setError(field, { type: 'server', message }, { shouldFocus: focus });
      focus = false;
      placed = true;
    }
    return placed;
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p className="hint">{th.registration.requiredHint}</p>

      <section className="form-section" aria-labelledby="person-heading">
        <h2 id="person-heading">{th.registration.sections.person}</h2>
        <FormField id="title" label={labels.title} required error={fieldMessage('title', errors.title)}>
          {(aria) => (
            <select {...aria} {...register('title')} className="input" required>
              <option value="">{th.registration.placeholders.title}</option>
              {titles.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="firstName" label={labels.firstName} required error={fieldMessage('firstName', errors.firstName)}>
          {(aria) => <input {...aria} {...register('firstName')} className="input" type="text" autoComplete="given-name" required />}
        </FormField>
        <FormField id="lastName" label={labels.lastName} required error={fieldMessage('lastName', errors.lastName)}>
          {(aria) => <input {...aria} {...register('lastName')} className="input" type="text" autoComplete="family-name" required />}
        </FormField>
        <FormField id="phone" label={labels.phone} optional hint={th.registration.hints.phone} error={fieldMessage('phone', errors.phone)}>
          {(aria) => (
            <input
              {...aria}
              {...register('phone', { setValueAs: phoneDigits })}
              className="input"
              type="tel"
              inputMode="tel"
              autoComplete="tel-national"
            />
          )}
        </FormField>
      </section>

      <section className="form-section" aria-labelledby="work-heading">
        <h2 id="work-heading">{th.registration.sections.work}</h2>
        <SchoolPicker schools={schools} control={control} name="schoolCode" />
        <FormField id="position" label={labels.position} required error={fieldMessage('position', errors.position)}>
          {(aria) => (
            <select {...aria} {...register('position')} className="input" required>
              <option value="">{th.registration.placeholders.position}</option>
              {positions.map((p) => (
                <option key={p} value={p}>
                  {positionLabels[p]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <LevelsField register={register} error={fieldMessage('levels', errors.levels)} />
        <SubjectsInput control={control} />
      </section>

      <ConsentFields register={register} errors={errors} />

      {formError ? <ErrorPanel message={formError.thaiMessage} reload={formError.needsReload} /> : null}
      {submitCount > 0 && !isValid && !formError ? (
        <p className="form-summary" role="alert">
          {th.registration.fixErrors}
        </p>
      ) : null}

      <div className="actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting} aria-describedby="submit-status">
          {th.registration.submit}
        </button>
        <p id="submit-status" className="hint" role="status">
          {isSubmitting ? th.registration.submitting : ''}
        </p>
      </div>
    </form>
  );
}

function LevelsField({ register, error }: { register: UseFormRegister<RegistrationFormValues>; error?: string | undefined }) {
  const id = 'levels';
  return (
    <div className="field">
      <fieldset className="choice-group" aria-describedby={errorId(id)}>
        <legend>
          {labels.levels}
          <RequiredMark required />
        </legend>
        <ul className="choice-list choice-list-inline">
          {educationLevels.map((level) => (
            <li key={level}>
              <label className="choice">
                <input type="checkbox" value={level} {...register('levels')} aria-invalid={Boolean(error)} aria-describedby={errorId(id)} />
                <span className="choice-text">{educationLevelLabels[level]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}
