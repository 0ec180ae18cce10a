// Send reminders to the selected people: who will get one and the quota cost first, then the counts the server reports.
import { useState } from 'react';
import type { DataQualityResponse, NudgeResponse } from '@nithet/shared';
import { ConfirmAction } from '../../../components/confirm-action';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { ResultPanel } from '../../../components/result-panel';
import { useAction } from '../../../lib/use-action';
import { sendNudges } from '../api/data-quality';
import { planNudges } from '../nudge-plan';

const t = th.dataQuality;

interface NudgePanelProps {
  selected: ReadonlySet<string>;
  people: readonly DataQualityResponse['incomplete'][number][];
  onSent: (memberIds: readonly string[]) => void;
}

export function NudgePanel({ selected, people, onSent }: NudgePanelProps) {
  const send = useAction(sendNudges);
  const [result, setResult] = useState<{ n: number; counts: NudgeResponse } | null>(null);
  const plan = planNudges(selected, people, new Date());

  const onConfirm = async () => {
    const ids = [...selected];
    const r = await send.run(ids);
    if (!r) return;
    setResult((prev) => ({ n: (prev?.n ?? 0) + 1, counts: r.data }));
    onSent(ids);
  };

  return (
    <section className="form-section nudge" aria-labelledby="nudge-heading">
      <h2 id="nudge-heading">{t.send}</h2>
      <div aria-live="polite">
        <p className="counts">{t.selected(plan.selected)}</p>
        {plan.selected > 0 ? <p>{t.plan(plan.willSend, plan.recent, plan.unreachable)}</p> : null}
      </div>
      <p className="hint">{t.quota}</p>
      <ActionError state={send.state} />
      {plan.selected === 0 ? (
        <p className="hint">{t.noneSelected}</p>
      ) : plan.willSend === 0 ? (
        <p className="hint">{t.nothingToSend}</p>
      ) : (
        <ConfirmAction
          label={t.send}
          question={`${t.plan(plan.willSend, plan.recent, plan.unreachable)} ${t.quota}`}
          confirmLabel={t.confirmSend(plan.willSend)}
          danger={false}
          busy={send.running}
          onConfirm={() => void onConfirm()}
        />
      )}
      <p className="hint" role="status">
        {send.running ? t.sending : ''}
      </p>
      {result ? <NudgeResult key={result.n} result={result.counts} /> : null}
    </section>
  );
}

function NudgeResult({ result }: { result: NudgeResponse }) {
  return (
    <ResultPanel
      title={t.resultTitle}
      lines={[t.resultSent(result.sent), t.resultRecent(result.skippedRecently), t.resultUnreachable(result.skippedUnreachable)]}
    />
  );
}
