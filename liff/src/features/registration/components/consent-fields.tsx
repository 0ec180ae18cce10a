// PDPA: the privacy notice (with its version) and one checkbox per purpose; network contact is required.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { consentPurposeLabels, consentPurposes, privacyNoticeTh } from '@nithet/shared';
import { FieldError, errorId, hintId } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { fieldMessage } from '../field-messages';
import type { RegistrationFormValues } from '../form-defaults';

interface ConsentFieldsProps {
  register: UseFormRegister<RegistrationFormValues>;
  errors: FieldErrors<RegistrationFormValues>;
}

export function ConsentFields({ register, errors }: ConsentFieldsProps) {
  const contactError = fieldMessage('consents.network-contact', errors.consents?.['network-contact']);
  const contactId = 'consent-network-contact';

  return (
    <section className="form-section" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{th.registration.sections.privacy}</h2>
      <div className="notice">
        <p>{privacyNoticeTh.short}</p>
        <p className="hint">{th.registration.privacyNoticeVersion(privacyNoticeTh.versionLabel)}</p>
      </div>
      <fieldset className="choice-group">
        <legend>{th.registration.labels.consents}</legend>
        <ul className="choice-list">
          {consentPurposes.map((purpose) => {
            const required = purpose === 'network-contact';
            const id = `consent-${purpose}`;
            return (
              <li key={purpose}>
                <label className="choice" htmlFor={id}>
                  <input
                    id={id}
                    type="checkbox"
                    {...register(`consents.${purpose}`)}
                    required={required}
                    aria-invalid={required ? Boolean(contactError) : undefined}
                    aria-describedby={required ? `${hintId(contactId)} ${errorId(contactId)}` : undefined}
                  />
                  <span className="choice-text">
                    <span>{consentPurposeLabels[purpose]}</span>
                  </span>
                </label>
                {required ? (
                  <>
                    <p id={hintId(contactId)} className="hint choice-hint">
                      {th.registration.hints.networkContact}
                    </p>
                    <FieldError id={errorId(contactId)} message={contactError} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <input type="hidden" {...register('noticeVersion')} />
    </section>
  );
}
