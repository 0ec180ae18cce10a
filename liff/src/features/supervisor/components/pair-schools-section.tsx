// The overview's "จับคู่โรงเรียน" section: a button that opens the pairing form, closed again once a pair is made.
import { useRef, useState } from 'react';
import type { NetworkView } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { PairSchoolsForm } from './pair-schools-form';

const t = th.pairing;

export function PairSchoolsSection({ onPaired }: { onPaired: (network: NetworkView) => void }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <section className="form-section" aria-labelledby="pair-heading">
      <h2 id="pair-heading">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="pair-form"
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t.close : t.open}
      </button>
      <div id="pair-form">
        {open ? (
          <PairSchoolsForm
            onPaired={(network) => {
              setOpen(false);
              toggle.current?.focus(); // the form (and its submit button) is gone; focus stays in the section
              onPaired(network);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
