// "เริ่มรอบปีถัดไป": copies this year's forms, plan skeleton and open recommendations into the next พ.ศ. year after a
// confirm; pressing it again copies nothing twice, and says so.
import { cycleLabel, nextCycle, type Cycle } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { ConfirmAction } from '../../../components/confirm-action';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { startNextCycle } from '../api/dashboard';
import { cycleSearch } from '../plan-view';

const t = th.dashboard.nextCycle;

export function NextCycleAction({ cycle }: { cycle: Cycle }) {
  const next = nextCycle(cycle);
  const label = cycleLabel(next);
  const start = useAction(startNextCycle);
  const done = start.state.status === 'done' ? start.state.data : null;
  const madeAnything = done
    ? done.created.plan || done.created.templates + done.created.activities + done.created.recommendations > 0
    : false;

  return (
    <section aria-labelledby="next-cycle-heading" className="form-section">
      <h2 id="next-cycle-heading">{t.heading}</h2>
      <p className="hint">{t.intro(label)}</p>
      {done ? null : (
        <ConfirmAction
          label={t.start}
          question={t.confirm(label)}
          confirmLabel={t.confirmYes}
          danger={false}
          busy={start.running}
          onConfirm={() => void start.run(cycle)}
        />
      )}
      <p className="status-notice" role="status">
        {done
          ? madeAnything
            ? t.done(label, done.created.templates, done.created.activities, done.created.recommendations)
            : t.already(label)
          : ''}
      </p>
      {done ? <AppLink to={`/supervisor/plan${cycleSearch(next)}`}>{t.open(label)}</AppLink> : null}
      <ActionError state={start.state} />
    </section>
  );
}
