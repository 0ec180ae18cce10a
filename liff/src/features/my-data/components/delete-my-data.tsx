// "Delete my data": what will go, a typed confirmation ("ลบ"), then what happened.
import { useState, type FormEvent } from 'react';
import { FormField } from '../../../components/form-field';
import { useFocusOnMount } from '../../../components/status-panel';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { deleteMyData, type DeleteResult } from '../api/my-data-actions';

const t = th.myData;

export function DeleteMyData({ onDeleted }: { onDeleted: (result: DeleteResult) => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const remove = useAction(deleteMyData);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim() !== t.deleteWord) {
      setError(t.deleteMismatch);
      document.getElementById('delete-confirm')?.focus();
      return;
    }
    const result = await remove.run();
    if (result) onDeleted(result.data);
  };

  return (
    <section className="form-section section-danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t.delete}</h2>
      <p>{t.deleteBody}</p>
      <p className="hint">{t.deleteTip}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormField id="delete-confirm" label={t.deleteConfirmLabel} error={error}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="text"
              autoComplete="off"
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </FormField>
        <ActionError state={remove.state} />
        <div className="actions">
          <button type="submit" className="button button-danger" disabled={remove.running}>
            {t.deleteSubmit}
          </button>
          <p className="hint" role="status">
            {remove.running ? t.deleting : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

export function DeletedPanel({ result }: { result: DeleteResult }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel panel-success" aria-labelledby="deleted-heading">
      <h2 id="deleted-heading" ref={headingRef} tabIndex={-1}>
        {t.deletedTitle}
      </h2>
      <p>{t.deletedMemberships(result.memberships ?? 0)}</p>
      <p>{t.deletedBody}</p>
    </section>
  );
}
