// Which year a plan or dashboard page shows: พ.ศ. and the way the office counts it, kept in the URL (?year=&period=).
import { useState } from 'react';
import type { Cycle, CyclePeriodKind } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { navigate } from '../../../lib/navigation';
import { cycleSearch, periodChoices, yearChoices } from '../plan-view';

const t = th.plan.cycle;

export function CyclePicker({ cycle, route, idPrefix }: { cycle: Cycle; route: string; idPrefix: string }) {
  const [year, setYear] = useState(String(cycle.yearBE));
  const [period, setPeriod] = useState<CyclePeriodKind>(cycle.periodKind);
  return (
    <form
      className="cycle-picker"
      aria-label={t.legend}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(`${route}${cycleSearch({ yearBE: Number(year), periodKind: period })}`);
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-period`}>{t.period}</label>
        <select id={`${idPrefix}-period`} className="input" value={period} onChange={(e) => setPeriod(e.target.value as CyclePeriodKind)}>
          {periodChoices.map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-year`}>{t.year}</label>
        <select id={`${idPrefix}-year`} className="input" value={year} onChange={(e) => setYear(e.target.value)}>
          {yearChoices(cycle).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t.show}
      </button>
    </form>
  );
}
