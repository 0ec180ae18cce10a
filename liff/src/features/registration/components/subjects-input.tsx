// Subjects taught as a comma list in one text box (easy on a phone keyboard), shown back as chips.
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { fieldMessage } from '../field-messages';
import type { RegistrationControl } from '../form-defaults';

/** "คณิตศาสตร์, วิทยาศาสตร์" → ["คณิตศาสตร์", "วิทยาศาสตร์"]; Thai and full-width commas count too. */
export function splitSubjects(text: string): string[] {
  return text
    .split(/[,，、\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function SubjectsInput({ control }: { control: RegistrationControl }) {
  const { field, fieldState } = useController({ control, name: 'subjects' });
  const [text, setText] = useState(() => (field.value ?? []).join(', '));
  const subjects = field.value ?? [];

  return (
    <FormField
      id="subjects"
      label={th.registration.labels.subjects}
      optional
      hint={th.registration.hints.subjects}
      // Errors on single items (too long) arrive as an array under `subjects`; one message covers them.
      error={fieldMessage('subjects', fieldState.error)}
    >
      {(aria) => (
        <>
          <input
            {...aria}
            ref={field.ref}
            name={field.name}
            type="text"
            className="input"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              field.onChange(splitSubjects(e.target.value));
            }}
            onBlur={field.onBlur}
            autoComplete="off"
          />
          {subjects.length > 0 ? (
            <ul className="chips" aria-hidden="true">
              {subjects.map((s, i) => (
                <li key={`${i}-${s}`} className="chip">
                  {s}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </FormField>
  );
}
