// The trace for each top need: need → the activities answering it → the evaluation of their seminars → still open?
import { planActivityKindLabels, planActivityStatusLabels, type CycleFigures } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';

const t = th.dashboard.trace;

export function NeedsTrace({ needs }: { needs: CycleFigures['needs'] }) {
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t.heading}</h2>
      {needs.top.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <>
          <p className="hint">{t.summary(needs.answered, needs.open)}</p>
          <ol className="trace cards">
            {needs.top.map((n, i) => (
              <li key={n.key} className="card">
                <h3>{t.need(i + 1, n.label)}</h3>
                <p className="card-meta">{t.chosen(n.count, n.share)}</p>
                <p className="bars-title">{t.activities}</p>
                {n.activities.length === 0 ? (
                  <p>{t.noActivities}</p>
                ) : (
                  <ul>
                    {n.activities.map((a) => (
                      <li key={a.id}>
                        {a.title} ({planActivityKindLabels[a.kind]} · {planActivityStatusLabels[a.status]})
                      </li>
                    ))}
                  </ul>
                )}
                <p>
                  {n.evaluation && n.evaluation.mean !== null
                    ? t.evaluation(n.evaluation.mean, n.evaluation.sd, n.evaluation.n)
                    : t.noEvaluation}
                </p>
                <p className={`trace-status ${n.open ? 'trace-open' : 'trace-met'}`}>{n.open ? t.open : t.met}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
