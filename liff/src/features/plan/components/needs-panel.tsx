// The needs beside the plan: Form 1's top needs overall, or per network kind, network level, education level or school.
import { useState } from 'react';
import type { NeedFigure, PlanViewResponse } from '@nithet/shared';
import { SelectFilter } from '../../../components/select-filter';
import { th } from '../../../i18n/th-staff';
import { FigureBars, type BarRow } from './figure-bars';

const t = th.plan.needs;
type Dimension = keyof typeof t.groups;
const DIMENSIONS = Object.keys(t.groups) as Dimension[];

function rowsOf(needs: readonly NeedFigure[], plannedFor: (key: string) => number): BarRow[] {
  return needs
    .filter((n) => n.count > 0)
    .map((n) => ({
      key: n.key,
      label: n.label,
      value: t.chosen(n.count, n.share),
      width: Math.round(n.share),
      note: [n.mean === null ? null : t.mean(n.mean), t.planned(plannedFor(n.key))].filter(Boolean).join(' · '),
    }));
}

export function NeedsPanel({ view }: { view: PlanViewResponse }) {
  const [dimension, setDimension] = useState<Dimension>('overall');
  const { needs } = view;
  const plannedFor = (key: string) => view.activities.filter((a) => a.answersNeeds.includes(key) && a.status !== 'dropped').length;

  let body;
  if (needs.respondents === 0) body = <p className="hint">{t.none}</p>;
  else if (dimension === 'overall') body = <FigureBars caption={t.groups.overall} rows={rowsOf(needs.top, plannedFor)} />;
  else {
    const groups = needs[dimension];
    body =
      groups.length === 0 ? (
        <p className="hint">{t.groupEmpty}</p>
      ) : (
        groups.map((g) => (
          <FigureBars
            key={g.key}
            caption={t.groupHeading(g.label, g.respondents)}
            rows={rowsOf(g.needs, plannedFor)}
            empty={t.groupEmpty}
          />
        ))
      );
  }

  return (
    <section aria-labelledby="needs-heading" className="panel needs-panel">
      <h2 id="needs-heading">{t.title}</h2>
      {needs.rounds.length > 0 ? (
        <p className="hint">{t.from(needs.rounds.map((r) => `“${r.title}”`).join(', '), needs.respondents)}</p>
      ) : null}
      {needs.respondents > 0 ? (
        <SelectFilter
          label={t.groupBy}
          anyLabel={t.groups.overall}
          value={dimension === 'overall' ? '' : dimension}
          options={DIMENSIONS.filter((d) => d !== 'overall').map((d) => ({ value: d, label: t.groups[d] }))}
          onChange={(v) => setDimension((v || 'overall') as Dimension)}
        />
      ) : null}
      {body}
    </section>
  );
}
