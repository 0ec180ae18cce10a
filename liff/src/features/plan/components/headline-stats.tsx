// The cycle's headline numbers, each with last year's beside it once there is a previous cycle (year-over-year).
import type { CycleHeadline } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';

const t = th.dashboard.headline;
type Key = Exclude<keyof CycleHeadline, 'yearBE'>;
const KEYS: readonly Key[] = [
  'networks',
  'members',
  'seminars',
  'seminarAttendances',
  'networkActivities',
  'activityParticipants',
  'needsRespondents',
  'needsAnswered',
  'needsOpen',
  'planActivities',
  'planActivitiesDone',
  'evaluationMean',
  'seminarEvaluationMean',
  'recommendationsOpen',
];

const shown = (v: number | null, key: Key) => (v === null ? t.noValue : key.endsWith('Mean') ? v.toFixed(2) : v.toLocaleString('th-TH'));

export function HeadlineStats({ now, previous }: { now: CycleHeadline; previous: CycleHeadline | null }) {
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t.heading}</h2>
      {previous ? <p className="hint">{t.compareCaption(now.yearBE, previous.yearBE)}</p> : null}
      <dl className="headline-stats">
        {KEYS.map((key) => (
          <div key={key}>
            <dt>{t[key]}</dt>
            <dd>
              {shown(now[key], key)}
              {previous ? <span className="stat-previous">{t.previous(previous.yearBE, shown(previous[key], key))}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
