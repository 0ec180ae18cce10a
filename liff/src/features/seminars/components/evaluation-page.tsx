// /liff/seminars/:id/evaluate: the five-item evaluation (shared zod schema), then the certificate to open or check.
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RATING_LABELS_TH, seminarEvaluationInputSchema, type EvaluationResponse, type SeminarEvaluationInput } from '@nithet/shared';
import type { z } from 'zod';
import { ActionError } from '../../../components/action-error';
import { AppNav } from '../../../components/app-nav';
import { ChoiceGroupField } from '../../../components/choice-group-field';
import { FormField } from '../../../components/form-field';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { getEvaluation, submitEvaluation } from '../api/attendance';

const e = th.evaluation;
type Output = z.output<typeof seminarEvaluationInputSchema>;
const SCALE = ([5, 4, 3, 2, 1] as const).map((n) => ({ value: String(n), label: `${n} ${RATING_LABELS_TH[n]}` }));

export function EvaluationPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const id = params.id ?? '';
  const load = useCallback((signal: AbortSignal) => getEvaluation(id, signal), [id]);
  const q = useQuery(load);
  const [latest, setLatest] = useState<EvaluationResponse | null>(null);
  const data = latest ?? (q.status === 'success' ? q.data : null);
  return (
    <PageLayout title={e.title} areaName={areaName} mock={mock}>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <ApiErrorPanel error={q.error} onRetry={q.retry} /> : null}
      {data ? (
        <>
          <h2>{data.seminar.title}</h2>
          <CertificateBox data={data} />
          {data.blockedReason ? <p className="panel">{e.notCheckedIn}</p> : <EvaluationForm id={id} data={data} onSaved={setLatest} />}
        </>
      ) : null}
      <AppNav items={[{ to: '/seminars', label: th.seminars.toAll }]} />
    </PageLayout>
  );
}

function CertificateBox({ data }: { data: EvaluationResponse }) {
  if (!data.certificate) return data.blockedReason ? null : <p className="hint">{e.certificateAfter}</p>;
  return (
    <section className="card" aria-labelledby="certificate-heading">
      <h3 id="certificate-heading">{e.certificate}</h3>
      <p role="status">{e.certificateReady}</p>
      <p>{e.certificateNumber(data.certificate.number)}</p>
      <div className="actions">
        <a className="button button-primary" href={data.certificate.pdfUrl} target="_blank" rel="noreferrer">
          {e.download}
        </a>
        <a className="nav-link" href={data.certificate.verifyUrl} target="_blank" rel="noreferrer">
          {e.verify}
        </a>
      </div>
    </section>
  );
}

function withNumericRatings(values: SeminarEvaluationInput): SeminarEvaluationInput {
  const ratings = Object.fromEntries(
    Object.entries(values.ratings ?? {}).map(([k, v]) => [k, v === null || v === undefined || String(v) === '' ? undefined : Number(v)]),
  );
  return { ...values, ratings } as SeminarEvaluationInput;
}

function EvaluationForm({ id, data, onSaved }: { id: string; data: EvaluationResponse; onSaved: (r: EvaluationResponse) => void }) {
  const save = useAction(submitEvaluation);
  const { register, handleSubmit, formState } = useForm<SeminarEvaluationInput, unknown, Output>({
    // Radios give text ("5"); the shared schema wants numbers, so they are read as numbers before it checks them.
    resolver: (values, ctx, options) => zodResolver(seminarEvaluationInputSchema)(withNumericRatings(values), ctx, options),
    // Radios hold strings: the saved answer is shown checked by its text value, parsed back to numbers on submit.
    defaultValues: (data.answer
      ? { ...data.answer, ratings: Object.fromEntries(Object.entries(data.answer.ratings).map(([k, v]) => [k, String(v)])) }
      : { comment: '' }) as unknown as SeminarEvaluationInput,
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await save.run(id, values);
    if (result) onSaved(result.data);
  });
  const ratingError = (item: string) => (formState.errors.ratings as Record<string, { message?: string }> | undefined)?.[item]?.message;
  return (
    <form className="form" onSubmit={(ev) => void onSubmit(ev)} noValidate>
      <p className="intro">{e.intro}</p>
      <p className="hint">{e.scale}</p>
      {data.items.map((item, i) => (
        <ChoiceGroupField
          key={item.id}
          id={`rating-${item.id}`}
          legend={`${i + 1}. ${item.label}`}
          type="radio"
          inline
          required
          options={SCALE}
          error={ratingError(item.id)}
          registration={register(`ratings.${item.id}` as `ratings.content`, {
            setValueAs: (v: unknown) => (v === null || v === '' ? undefined : Number(v)),
          })}
        />
      ))}
      <FormField id="evaluation-comment" label={e.comment} optional>
        {(aria) => <textarea {...aria} {...register('comment')} className="input" rows={3} maxLength={1000} />}
      </FormField>
      <p className="hint" role="status">
        {save.running ? e.saving : save.state.status === 'done' ? e.saved : ''}
      </p>
      <ActionError state={save.state} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={save.running}>
          {data.answer ? e.update : e.submit}
        </button>
      </div>
    </form>
  );
}
