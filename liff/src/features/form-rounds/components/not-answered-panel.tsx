// Who has not answered, and a one-tap reminder to all of them: the count is on the button, the server's result after.
import type { RoundNudgeResponse, RoundSummaryResponse } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { ResultPanel } from '../../../components/result-panel';
import { useAction } from '../../../lib/use-action';
import { nudgeRound } from '../api/nudge-round';
import { ShowMoreList } from './show-more-list';

const t = th.formRounds.notAnswered;
const PEOPLE_SHOWN = 10;

interface NotAnsweredPanelProps {
  roundId: string;
  people: RoundSummaryResponse['notAnswered'];
  /** Whether the round takes answers now (a nudge is refused otherwise). */
  canNudge: boolean;
}

export function NotAnsweredPanel({ roundId, people, canNudge }: NotAnsweredPanelProps) {
  const nudge = useAction(nudgeRound);
  return (
    <section aria-labelledby="not-answered-heading" className="form-section">
      <h2 id="not-answered-heading">{t.heading}</h2>
      {people.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="counts">{t.count(people.length)}</p>
          <ShowMoreList
            items={people}
            keyOf={(p) => p.memberId}
            limit={PEOPLE_SHOWN}
            moreLabel={t.allPeople}
            className="people-list"
            render={(p) => (
              <>
                {p.name}
                {p.schoolName ? <span className="card-meta"> · {p.schoolName}</span> : null}
              </>
            )}
          />
          {canNudge ? (
            <>
              <p className="hint" id="nudge-hint">
                {t.nudgeHint}
              </p>
              <button
                type="button"
                className="button button-primary"
                aria-describedby="nudge-hint"
                disabled={nudge.running}
                onClick={() => void nudge.run(roundId)}
              >
                {t.nudge(people.length)}
              </button>
            </>
          ) : (
            <p className="hint">{t.notOpen}</p>
          )}
          <p className="hint" role="status">
            {nudge.running ? t.sending : ''}
          </p>
          <ActionError state={nudge.state} />
          {nudge.state.status === 'done' ? <NudgeResult result={nudge.state.data} /> : null}
        </>
      )}
    </section>
  );
}

function NudgeResult({ result }: { result: RoundNudgeResponse }) {
  return (
    <ResultPanel
      title={t.resultTitle}
      lines={[t.nudged(result.nudged), t.alreadyToday(result.alreadyToday), t.unreachable(result.unreachable)]}
    />
  );
}
