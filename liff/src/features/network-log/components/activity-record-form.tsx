// The record form: the activity, who took part, evidence and knowledge. The record is saved first, then each file
// goes up with its progress; a failed file keeps its place and everything typed stays, ready for one more tap.
import { useRef, useState, type FormEvent } from 'react';
import {
  formatThaiDate,
  planActivityKindLabels,
  planActivityKinds,
  type ActivityOptionsResponse,
  type LibraryItemView,
  type NetworkActivityView,
  type PlanActivityKind,
} from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { AppLink } from '../../../components/app-link';
import { th } from '../../../i18n/th-staff';
import { asApiError } from '../../../lib/api-client';
import { createActivity, updateActivity } from '../api/network-log';
import { bangkokToday, checkValues, emptyValues, toInput, valuesOf, type ActivityFormValues, type LinkDraft } from '../activity-form';
import { useFileQueue } from '../use-file-queue';
import { KnowledgeLinks } from './knowledge-links';
import { ParticipantsFields } from './participants-fields';
import { FilePicker, QueuedFiles } from './queued-files';
import { SavedEvidence, SavedKnowledge } from './saved-files';

const t = th.networkLog.form;

type Phase = { kind: 'editing' } | { kind: 'saving' } | { kind: 'uploading'; index: number; total: number };

interface Props {
  networkId: string;
  options: ActivityOptionsResponse;
  activity: NetworkActivityView | null;
}

export function ActivityRecordForm({ networkId, options, activity }: Props) {
  const today = bangkokToday(new Date());
  const [saved, setSaved] = useState<NetworkActivityView | null>(activity);
  const [values, setValues] = useState<ActivityFormValues>(() => (activity ? valuesOf(activity, options) : emptyValues(today)));
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const files = useFileQueue(networkId);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const change = (patch: Partial<ActivityFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const evidence = files.queue.filter((f) => f.kind === 'evidence');
  const documents = files.queue.filter((f) => f.kind === 'document');
  const busy = phase.kind !== 'editing' || files.queue.some((f) => f.status === 'preparing');

  const focusFirstError = (found: Record<string, string>) => {
    const first = Object.keys(found)[0];
    const id = first === 'participants.outsideCount' ? 'activity-outside' : `activity-${first}`;
    document.getElementById(id)?.focus();
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setOutcome(null);
    const found = checkValues(values, today);
    setErrors(found);
    if (Object.keys(found).length) return focusFirstError(found);

    setPhase({ kind: 'saving' });
    let record: NetworkActivityView;
    try {
      const body = toInput(values, links);
      record = saved ? await updateActivity(networkId, saved.id, body) : await createActivity(networkId, body);
      setSaved(record);
      setLinks([]);
    } catch (err) {
      const apiError = asApiError(err);
      setPhase({ kind: 'editing' });
      if (Object.keys(apiError.fields).length) {
        setErrors(apiError.fields);
        focusFirstError(apiError.fields);
      } else setOutcome({ ok: false, message: apiError.thaiMessage });
      return;
    }

    const sent = await files.sendAll(record.id, files.queue, (index, total) => setPhase({ kind: 'uploading', index, total }));
    const knowledge: LibraryItemView[] = [...(sent.activity ?? record).knowledge, ...sent.documents];
    setSaved({ ...(sent.activity ?? record), knowledge: dedupe(knowledge) });
    setPhase({ kind: 'editing' });
    setOutcome(sent.failed ? { ok: false, message: t.savedSomeFailed(sent.failed) } : { ok: true, message: t.savedAll });
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const planChoices = options.planActivities;
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="hint">{t.requiredHint}</p>
      <section className="form-section" aria-labelledby="activity-heading">
        <h2 id="activity-heading">{t.sections.activity}</h2>
        <FormField id="activity-title" label={t.labels.title} required error={errors.title}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="text"
              required
              maxLength={200}
              value={values.title}
              onChange={(e) => change({ title: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="activity-kind" label={t.labels.kind} required error={errors.kind}>
          {(aria) => (
            <select
              {...aria}
              className="input"
              required
              value={values.kind}
              onChange={(e) => change({ kind: e.target.value as PlanActivityKind })}
            >
              {planActivityKinds.map((k) => (
                <option key={k} value={k}>
                  {planActivityKindLabels[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="activity-date" label={t.labels.date} required hint={t.hints.date(formatThaiDate(today))} error={errors.date}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="date"
              required
              max={today}
              value={values.date}
              onChange={(e) => change({ date: e.target.value })}
            />
          )}
        </FormField>
        {planChoices.length > 0 ? (
          <FormField id="activity-planActivityId" label={t.labels.planActivityId} optional error={errors.planActivityId}>
            {(aria) => (
              <select
                {...aria}
                className="input"
                value={values.planActivityId}
                onChange={(e) => change({ planActivityId: e.target.value })}
              >
                <option value="">{t.noPlan}</option>
                {planChoices.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <FormField id="activity-notes" label={t.labels.notes} optional hint={t.hints.notes} error={errors.notes}>
          {(aria) => (
            <textarea
              {...aria}
              className="input"
              rows={5}
              maxLength={5000}
              value={values.notes}
              onChange={(e) => change({ notes: e.target.value })}
            />
          )}
        </FormField>
      </section>

      <ParticipantsFields options={options} values={values} errors={errors} onChange={change} />

      <section className="form-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t.sections.evidence}</h2>
        {saved ? <SavedEvidence networkId={networkId} activity={saved} onChanged={setSaved} /> : null}
        <QueuedFiles files={evidence} previewOf={files.previewOf} onRemove={files.remove} />
        <FilePicker id="evidence-files" label={t.chooseFiles} hint={t.hints.evidence} kind="evidence" onPick={files.add} />
      </section>

      <section className="form-section" aria-labelledby="knowledge-heading">
        <h2 id="knowledge-heading">{t.sections.knowledge}</h2>
        <p className="hint">{t.documentsHint}</p>
        {saved ? <SavedKnowledge items={saved.knowledge} /> : null}
        <KnowledgeLinks links={links} onChange={setLinks} />
        <QueuedFiles files={documents} previewOf={files.previewOf} onRemove={files.remove} onTitle={files.setTitle} />
        <FilePicker id="knowledge-files" label={t.chooseDocuments} hint={t.hints.documents} kind="document" onPick={files.add} />
      </section>

      <div ref={outcomeRef} tabIndex={-1} aria-live="polite">
        {outcome ? (
          <div className={outcome.ok ? 'panel panel-success' : 'panel panel-error'} role={outcome.ok ? 'status' : 'alert'}>
            <p>{outcome.message}</p>
            {outcome.ok ? (
              <AppLink to={`/networks/${encodeURIComponent(networkId)}/activities`} className="button button-secondary">
                {t.toLog}
              </AppLink>
            ) : null}
          </div>
        ) : null}
      </div>
      <p className="status" role="status">
        {phase.kind === 'saving' ? t.saving : phase.kind === 'uploading' ? t.uploading(phase.index, phase.total) : ''}
      </p>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {saved && files.queue.some((f) => f.status === 'failed') ? t.saveAgain : t.save}
        </button>
      </div>
    </form>
  );
}

const dedupe = (items: LibraryItemView[]): LibraryItemView[] => [...new Map(items.map((i) => [i.id, i])).values()];
