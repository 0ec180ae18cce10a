// The three consents as checkboxes, saved together under the current privacy notice; warns before contact is withdrawn.
import { useState, type FormEvent } from 'react';
import { PRIVACY_NOTICE_VERSION, consentPurposeLabels, consentPurposes, type MemberView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { saveConsents } from '../api/my-data-actions';
import { currentConsents, withdrawsContact, type ConsentChoices } from '../consent-state';

export function ConsentSettings({ member, onSaved }: { member: MemberView; onSaved: (m: MemberView) => void }) {
  const saved = currentConsents(member.consents);
  const [choices, setChoices] = useState<ConsentChoices>(saved);
  const save = useAction(saveConsents);
  const [message, setMessage] = useState('');
  const warn = withdrawsContact(saved, choices);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage('');
    const result = await save.run({ consents: choices, noticeVersion: PRIVACY_NOTICE_VERSION });
    if (!result) return;
    onSaved(result.data);
    setMessage(warn ? th.myData.contactStopped : th.myData.consentsSaved);
  };

  return (
    <section className="form-section" aria-labelledby="consents-heading">
      <h2 id="consents-heading">{th.myData.consents}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <fieldset className="choice-group" aria-describedby="consents-hint">
          <legend className="visually-hidden">{th.myData.consents}</legend>
          <p id="consents-hint" className="hint">
            {th.myData.consentsHint}
          </p>
          <ul className="choice-list">
            {consentPurposes.map((purpose) => (
              <li key={purpose}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={choices[purpose]}
                    aria-describedby={purpose === 'network-contact' ? 'contact-warning' : undefined}
                    onChange={(e) => setChoices((c) => ({ ...c, [purpose]: e.target.checked }))}
                  />
                  <span className="choice-text">{consentPurposeLabels[purpose]}</span>
                </label>
                {purpose === 'network-contact' ? (
                  <p id="contact-warning" className={warn ? 'notice-warning' : 'hint choice-hint'} aria-live="polite">
                    {th.myData.contactWarning}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </fieldset>
        <ActionError state={save.state} />
        <div className="actions">
          <button type="submit" className="button" disabled={save.running}>
            {th.myData.saveConsents}
          </button>
          <p className="hint" role="status">
            {save.running ? th.common.saving : message}
          </p>
        </div>
      </form>
    </section>
  );
}
