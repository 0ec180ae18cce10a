// Join requests waiting for a decision: approve or decline, one tap each (the person is told in LINE).
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { decideMembership, type Decision } from '../api/network-members';
import type { MemberRow } from '../member-filters';

const t = th.members;
const decisions = [
  ['approve', t.approve, t.approveNamed, 'button'],
  ['decline', t.decline, t.declineNamed, 'button button-secondary'],
] as const;

export function PendingRequests({ rows, onDone }: { rows: readonly MemberRow[]; onDone: (message: string) => void }) {
  return (
    <section className="form-section" aria-labelledby="pending-heading">
      <h2 id="pending-heading">
        {t.pending} ({rows.length})
      </h2>
      {rows.length === 0 ? <p>{t.pendingEmpty}</p> : null}
      <ul className="cards">
        {rows.map((r) => (
          <PendingRow key={r.membershipId} row={r} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}

function PendingRow({ row, onDone }: { row: MemberRow; onDone: (message: string) => void }) {
  const decide = useAction(decideMembership);
  const run = async (decision: Decision) => {
    const r = await decide.run(row.membershipId, decision);
    if (r) onDone(decision === 'approve' ? t.approved(row.name) : t.declined(row.name));
  };
  return (
    <li className="card">
      <h3>{row.name}</h3>
      <p className="card-meta">{row.schoolName ?? t.noSchool}</p>
      <ActionError state={decide.state} />
      <div className="actions">
        {decisions.map(([decision, label, named, style]) => (
          <button
            key={decision}
            type="button"
            className={style}
            disabled={decide.running}
            aria-label={named(row.name)}
            onClick={() => void run(decision)}
          >
            {label}
          </button>
        ))}
      </div>
    </li>
  );
}
