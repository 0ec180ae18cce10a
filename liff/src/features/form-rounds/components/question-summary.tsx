// One question's summary, readable on a phone: bars with counts and percentages for choices, dates, schools and
// networks; mean ± SD and the distribution for a rating; one compact block per item of a grid; free text listed.
import type { QuestionSummary } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { barWidth, formatPercent, questionView, type BarRow, type RatingView, type ValueLabels } from '../summary-view';
import { BarChart, type ChartRow } from './bar-chart';
import { ShowMoreList } from './show-more-list';

const t = th.formRounds;

export function QuestionSummaryBlock({ question, n, labels }: { question: QuestionSummary; n: number; labels: ValueLabels }) {
  const view = questionView(question, labels);
  const headingId = `q-${question.questionId}`;
  return (
    <li className="question-summary">
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="question-number">{t.questionNumber(n)}</span> {question.label}
        </h3>
        <p className="card-meta">{t.answeredOf(question.answered, question.seen)}</p>
        {view.type === 'bars' ? (
          <>
            {view.multi ? <p className="hint">{t.multiNote}</p> : null}
            <BarChart rows={chartRows(view.rows)} empty={t.noAnswers} />
            {view.otherTexts?.length ? (
              <>
                <p className="bars-title">{t.otherTexts}</p>
                <Texts texts={view.otherTexts} />
              </>
            ) : null}
          </>
        ) : null}
        {view.type === 'rating' ? <Rating view={view} /> : null}
        {view.type === 'grid' ? (
          <ul className="grid-summary">
            {view.items.map((item) => (
              <li key={item.id}>
                <GridItem label={item.label} view={item} />
              </li>
            ))}
          </ul>
        ) : null}
        {view.type === 'number' ? (
          view.n === 0 ? (
            <p className="hint">{t.noAnswers}</p>
          ) : (
            <dl className="stats">
              <div>
                <dt>{t.numberStats.mean}</dt>
                <dd>{view.meanSd}</dd>
              </div>
              <div>
                <dt>{t.numberStats.min}</dt>
                <dd>{view.min?.toLocaleString('th-TH')}</dd>
              </div>
              <div>
                <dt>{t.numberStats.max}</dt>
                <dd>{view.max?.toLocaleString('th-TH')}</dd>
              </div>
            </dl>
          )
        ) : null}
        {view.type === 'texts' ? view.texts === null ? <p className="hint">{t.textsInExport}</p> : <Texts texts={view.texts} /> : null}
      </section>
    </li>
  );
}

/** Bars as long as their count against the largest; the text says count and percent. */
function chartRows(rows: readonly BarRow[]): ChartRow[] {
  const max = Math.max(0, ...rows.map((r) => r.count));
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    value: t.count(r.count, formatPercent(r.percent)),
    width: barWidth(r.count, max),
  }));
}

function Rating({ view }: { view: RatingView }) {
  if (view.n === 0) return <p className="hint">{t.noAnswers}</p>;
  return (
    <>
      <p className="rating-mean">
        <strong>{t.meanSdOf(view.meanSd ?? '', view.max)}</strong> <span className="hint-inline">{t.respondents(view.n)}</span>
      </p>
      <p className="hint">{t.meanSdNote}</p>
      <BarChart caption={t.distribution} rows={chartRows([...view.rows].reverse())} />
    </>
  );
}

/** A grid item in three short lines: its label, mean ± SD with n, and how many chose each point. */
function GridItem({ label, view }: { label: string; view: RatingView }) {
  const parts = [...view.rows].reverse().map((r) => t.distributionPart(Number(r.key), r.count));
  return (
    <div className="grid-item-summary">
      <p className="grid-item-label">{label}</p>
      {view.n === 0 ? (
        <p className="hint">{t.noAnswers}</p>
      ) : (
        <>
          <p className="grid-item-mean">
            <strong>{t.meanSdOf(view.meanSd ?? '', view.max)}</strong> <span className="hint-inline">{t.respondents(view.n)}</span>
          </p>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${barWidth(view.mean ?? 0, view.max)}%` }} />
          </span>
          <p className="hint">{t.distributionText(parts.join(' · '))}</p>
        </>
      )}
    </div>
  );
}

function Texts({ texts }: { texts: readonly string[] }) {
  if (texts.length === 0) return <p className="hint">{t.noAnswers}</p>;
  return <ShowMoreList items={texts} keyOf={(_, i) => String(i)} render={(text) => text} className="text-answers" />;
}
