// Guidelines from the evaluation (step 6): the cycle's recommendations (carried ones say from which year), adding one
// about a need or a network kind, marking one done or open again. Open ones go into the next cycle.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  networkKindLabels,
  networkKinds,
  recommendationStatusLabels,
  type Cycle,
  type CycleFigures,
  type Recommendation,
} from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { FormField } from '../../../components/form-field';
import { FormFooter } from '../../../components/form-footer';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { useAction } from '../../../lib/use-action';
import { createRecommendation, updateRecommendation } from '../api/dashboard';

const t = th.dashboard.recommendations;
const schema = z.object({
  text: z.string().trim().min(1).max(2000),
  needKey: z.string(),
  networkKind: z.union([z.literal(''), z.enum(networkKinds)]),
});
type Values = z.input<typeof schema>;
type Item = CycleFigures['recommendations'][number];

export function RecommendationsSection({ cycle, figures }: { cycle: Cycle; figures: CycleFigures }) {
  const [items, setItems] = useState<readonly Item[]>(figures.recommendations);
  const [notice, setNotice] = useState('');
  const toggle = useAction(updateRecommendation);
  const needLabel = new Map(figures.needs.top.map((n) => [n.key, n.label]));
  const asItem = (r: Recommendation): Item => ({
    id: r.id,
    text: r.text,
    status: r.status,
    needKey: r.needKey,
    networkKind: r.networkKind,
    fromYearBE: r.fromYearBE,
  });

  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {items.length === 0 ? <p className="hint">{t.empty}</p> : null}
      <ul className="cards">
        {items.map((r) => (
          <li key={r.id} className="card">
            <p>{r.text}</p>
            <p className="card-meta">
              {[
                recommendationStatusLabels[r.status],
                r.needKey ? t.about(needLabel.get(r.needKey) ?? r.needKey) : null,
                r.networkKind ? t.about(networkKindLabels[r.networkKind]) : null,
                r.fromYearBE < cycle.yearBE ? t.carried(r.fromYearBE) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={toggle.running}
              aria-label={r.status === 'open' ? t.markDoneNamed(r.text) : t.reopenNamed(r.text)}
              onClick={() =>
                void toggle.run(r.id, { status: r.status === 'open' ? 'done' : 'open' }).then((done) => {
                  if (done) setItems((all) => all.map((x) => (x.id === r.id ? asItem(done.data) : x)));
                })
              }
            >
              {r.status === 'open' ? t.markDone : t.reopen}
            </button>
          </li>
        ))}
      </ul>
      <ActionError state={toggle.state} />
      <RecommendationForm
        cycle={cycle}
        needs={figures.needs.top.map((n) => ({ value: n.key, label: n.label }))}
        onSaved={(r) => {
          setItems((all) => [...all, asItem(r)]);
          setNotice(t.added);
        }}
      />
    </section>
  );
}

function RecommendationForm({
  cycle,
  needs,
  onSaved,
}: {
  cycle: Cycle;
  needs: readonly { value: string; label: string }[];
  onSaved: (r: Recommendation) => void;
}) {
  const { register, handleSubmit, reset, setError, formState } = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { text: '', needKey: '', networkKind: '' },
  });
  const [formError, setFormError] = useState<ApiError | null>(null);
  const { errors, isSubmitting, submitCount, isValid } = formState;
  const onSubmit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      onSaved(await createRecommendation(cycle, { text: v.text.trim(), needKey: v.needKey || null, networkKind: v.networkKind || null }));
      reset();
    } catch (err) {
      const e = asApiError(err);
      if (e.fields.text) setError('text', { type: 'server', message: e.fields.text }, { shouldFocus: true });
      else setFormError(e);
    }
  });
  return (
    <form className="form form-section" aria-label={t.add} onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormField
        id="rec-text"
        label={t.text}
        required
        error={errors.text ? (errors.text.type === 'server' ? String(errors.text.message) : t.textError) : undefined}
      >
        {(aria) => <textarea {...aria} {...register('text')} className="input" rows={3} required />}
      </FormField>
      <FormField id="rec-need" label={t.needKey} optional>
        {(aria) => (
          <select {...aria} {...register('needKey')} className="input">
            <option value="">{t.none}</option>
            {needs.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="rec-kind" label={t.networkKind} optional>
        {(aria) => (
          <select {...aria} {...register('networkKind')} className="input">
            <option value="">{t.none}</option>
            {networkKinds.map((k) => (
              <option key={k} value={k}>
                {networkKindLabels[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormFooter
        formError={formError}
        invalid={submitCount > 0 && !isValid}
        summary={t.textError}
        submitLabel={t.submit}
        submitting={isSubmitting}
      />
    </form>
  );
}
