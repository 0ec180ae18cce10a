// "Join with a code": one field; a valid code goes to the join page, which does the rest (registration first if needed).
import { useState, type FormEvent } from 'react';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { navigate } from '../../../lib/navigation';
import { isValidJoinCode, normaliseJoinCode } from '../join-code';

export function JoinCodeForm({ id = 'join-code' }: { id?: string }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!isValidJoinCode(value)) {
      setError(th.networks.codeInvalid);
      document.getElementById(id)?.focus();
      return;
    }
    navigate(`/join?${new URLSearchParams({ code: normaliseJoinCode(value) }).toString()}`);
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <FormField id={id} label={th.networks.codeLabel} hint={th.networks.codeHint} error={error}>
        {(aria) => (
          <input
            {...aria}
            className="input input-code"
            type="text"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              if (error) setError(undefined);
            }}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={20}
          />
        )}
      </FormField>
      <button type="submit" className="button">
        {th.networks.codeSubmit}
      </button>
    </form>
  );
}
