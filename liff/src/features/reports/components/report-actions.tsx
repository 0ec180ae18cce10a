// Review or approve: the buttons this person may press now; the author of the figures is told why approval is
// someone else's (the server enforces it either way).
import type { ReportView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { transitionReport } from '../api/reports';

const t = th.reports.actions;

export function ReportActions({ report, onChanged }: { report: ReportView; onChanged: (r: ReportView, notice: string) => void }) {
  const act = useAction(transitionReport);
  const buttons = (['review', 'approve'] as const).filter((a) => report.actions.includes(a));
  if (buttons.length === 0 && !report.ownDraft) return null;
  return (
    <section aria-label={th.reports.steps.heading}>
      {report.ownDraft ? <p className="notice">{t.ownDraft}</p> : null}
      <p className="hint" role="status">
        {act.running ? t.running : ''}
      </p>
      <ActionError state={act.state} />
      <div className="actions">
        {buttons.map((a) => (
          <button
            key={a}
            type="button"
            className="button button-primary"
            disabled={act.running}
            onClick={() =>
              void act.run(report.id, a).then((res) => res && onChanged(res.data.report, a === 'review' ? t.reviewed : t.approved))
            }
          >
            {t[a]}
          </button>
        ))}
      </div>
    </section>
  );
}
