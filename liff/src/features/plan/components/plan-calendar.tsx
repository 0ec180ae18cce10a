// A month of the plan as a calendar: a table of days (numbers and how many activities, as text) and, under it, the
// month's activities by day, so the phone never has to fit titles into seven narrow columns.
import { useState } from 'react';
import { planActivityKindLabels, type PlanActivityView } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { activitiesOn, monthGrid, thaiDay, thaiMonth } from '../plan-view';

const t = th.plan.calendar;

export function PlanCalendar({
  months,
  activities,
  initial,
}: {
  months: readonly string[];
  activities: readonly PlanActivityView[];
  initial: string;
}) {
  const [index, setIndex] = useState(() => Math.max(0, months.indexOf(initial)));
  const month = months[index] ?? initial;
  const days = monthGrid(month)
    .flat()
    .filter((d): d is string => d !== null);
  const inMonth = days.map((day) => ({ day, items: activitiesOn(activities, day) })).filter((d) => d.items.length > 0);
  const captionId = `calendar-${month}`;

  return (
    <section aria-labelledby="calendar-heading" className="plan-calendar">
      <h2 id="calendar-heading">{t.heading}</h2>
      <div className="calendar-nav">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={index === 0}
          onClick={() => setIndex((i) => i - 1)}
        >
          {t.prev}
        </button>
        <p className="calendar-month" id={captionId} aria-live="polite">
          {thaiMonth(month)}
        </p>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={index >= months.length - 1}
          onClick={() => setIndex((i) => i + 1)}
        >
          {t.next}
        </button>
      </div>
      <table className="calendar" aria-labelledby={captionId}>
        <thead>
          <tr>
            {t.weekdays.map((d, i) => (
              <th key={d} scope="col">
                <abbr title={t.weekdayNames[i]}>{d}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                const n = day ? activitiesOn(activities, day).length : 0;
                return (
                  <td key={day ?? `empty-${w}-${i}`} className={n > 0 ? 'calendar-busy' : undefined}>
                    {day ? (
                      <>
                        <span className="calendar-day">{Number(day.slice(8))}</span>
                        {n > 0 ? <span className="calendar-count">{t.dayCount(n)}</span> : null}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {inMonth.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <ul className="calendar-agenda">
          {inMonth.map(({ day, items }) => (
            <li key={day}>
              <h3>{t.onDay(thaiDay(day))}</h3>
              <ul>
                {items.map((a) => (
                  <li key={a.id}>
                    {a.title} <span className="hint-inline">({planActivityKindLabels[a.kind]})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
