// Send reminders to the selected people: who will get one, the quota cost and quiet hours first (the server's preview),
// then the counts the server reports.
import { useState } from 'react';
import { formatThaiDateTime, type DataQualityResponse, type NudgeSendResponse } from '@nithet/shared';
import { SendPreviewStep } from '../../../components/send-preview-step';
import { th } from '../../../i18n/th-staff';
import { ResultPanel } from '../../../components/result-panel';
import { previewNudges, sendNudges } from '../api/data-quality';
import { planNudges } from '../nudge-plan';

const t = th.dataQuality;

interface NudgePanelProps {
  selected: ReadonlySet<string>;
  people: readonly DataQualityResponse['incomplete'][number][];
  onSent: (memberIds: readonly string[]) => void;
}

export function NudgePanel({ selected, people, onSent }: NudgePanelProps) {
  const [result, setResult] = useState<{ n: number; counts: NudgeSendResponse } | null>(null);
  const plan = planNudges(selected, people, new Date());
  const ids = [...selected];
  // A new selection is a new preview: the key below remounts the step.
  const selectionKey = ids.join('|');

  return (
    <section className="form-section nudge" aria-labelledby="nudge-heading">
      <h2 id="nudge-heading">{t.send}</h2>
      <div aria-live="polite">
        <p className="counts">{t.selected(plan.selected)}</p>
        {plan.selected > 0 ? <p>{t.plan(plan.willSend, plan.recent, plan.unreachable)}</p> : null}
      </div>
      <p className="hint">{t.quota}</p>
      {plan.selected === 0 ? (
        <p className="hint">{t.noneSelected}</p>
      ) : plan.willSend === 0 ? (
        <p className="hint">{t.nothingToSend}</p>
      ) : (
        <SendPreviewStep
          key={selectionKey}
          id="chosen"
          labels={{
            start: t.send,
            startNamed: t.send,
            previewing: th.qualityBoard.previewing,
            previewTitle: th.qualityBoard.previewTitle,
            note: th.qualityBoard.previewNote,
            send: t.confirmSend,
            sending: t.sending,
            closePreview: th.qualityBoard.closePreview,
          }}
          preview={() => previewNudges({ memberIds: ids })}
          send={() => sendNudges({ memberIds: ids })}
          onSent={(r) => {
            setResult((prev) => ({ n: (prev?.n ?? 0) + 1, counts: r }));
            onSent(ids);
          }}
        />
      )}
      {result ? <NudgeResult key={result.n} result={result.counts} /> : null}
    </section>
  );
}

function NudgeResult({ result }: { result: NudgeSendResponse }) {
  return (
    <ResultPanel
      title={t.resultTitle}
      lines={[
        t.resultSent(result.sent),
        t.resultRecent(result.skippedRecently),
        t.resultUnreachable(result.skippedUnreachable),
        ...(result.delayedUntil ? [t.resultDelayed(formatThaiDateTime(result.delayedUntil))] : []),
      ]}
    />
  );
}
