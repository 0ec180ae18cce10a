// The response rate: one big number for the whole audience, then bars by network, level and school (numbers in text).
import type { RoundSummaryResponse } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { formatPercent, percentOf, rateRows } from '../summary-view';
import { BarChart, type ChartRow } from './bar-chart';

const r = th.formRounds.rate;
type Rows = RoundSummaryResponse['bySchool'];

/** Schools can be hundreds: the first ten, lowest rate first (those to follow up), then "ดูทั้งหมด". */
const SCHOOLS_SHOWN = 10;

export function ResponseRate({ data }: { data: RoundSummaryResponse }) {
  const overall = percentOf(data.answered, data.audience);
  return (
    <section aria-labelledby="rate-heading" className="rate">
      <h2 id="rate-heading">{r.heading}</h2>
      <p className="rate-big">
        <span className="rate-number">{r.big(formatPercent(overall))}</span>
        <span className="rate-of">{r.of(data.answered, data.audience)}</span>
      </p>
      <span className="bar-track rate-track" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${overall}%` }} />
      </span>
      {data.countedAt === 'opening' ? <p className="hint">{r.countedAtOpening}</p> : null}
      <BarChart caption={r.byNetwork} rows={chart(data.byNetwork)} empty={r.none} />
      <BarChart caption={r.byLevel} rows={chart(data.byLevel)} empty={r.none} />
      <BarChart
        caption={r.bySchool}
        rows={chart([...data.bySchool].sort((a, b) => percentOf(a.answered, a.audience) - percentOf(b.answered, b.audience)))}
        limit={SCHOOLS_SHOWN}
        moreLabel={r.allSchools}
        empty={r.none}
      />
    </section>
  );
}

/** A bar per group as long as its rate. */
const chart = (rows: Rows): ChartRow[] =>
  rateRows(rows).map((x) => ({
    key: x.key,
    label: x.label,
    value: r.row(x.answered, x.audience, formatPercent(x.percent)),
    width: x.percent,
  }));
