// After saving: a warm confirmation, then close the LIFF window (in local mode, say what LINE would do).
import { useState } from 'react';
import { useFocusOnMount } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { closeWindow } from '../../../lib/liff';

export function RegistrationDone({ onEdit }: { onEdit: () => void }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [note, setNote] = useState('');

  return (
    <section className="panel panel-success" aria-labelledby="done-heading">
      <h2 id="done-heading" ref={headingRef} tabIndex={-1}>
        {th.registration.done.title}
      </h2>
      <p>{th.registration.done.body}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!closeWindow()) setNote(th.registration.done.mockClosed);
          }}
        >
          {th.registration.done.close}
        </button>
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {th.registration.done.edit}
        </button>
      </div>
      <p className="hint" role="status">
        {note}
      </p>
    </section>
  );
}
