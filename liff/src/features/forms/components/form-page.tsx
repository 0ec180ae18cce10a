// /liff/forms/:roundId: one round to fill — drafts restored from this phone or the server (the newer wins), then
// one section per screen; a submission waits on the phone until the server has it.
import { useCallback, useMemo, useState } from 'react';
import { formatThaiDateTime, type Answers, type RoundForMemberResponse } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, ErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { getIdToken } from '../../../lib/liff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getFormRound } from '../api/get-form-round';
import { draftStorageKey, parseLocalDraft, startingPoint, type StartFrom } from '../form-draft';
import { browserStorage, storedValue } from '../local-store';
import { ownerKeyOf } from '../owner-key';
import { pendingFor } from '../submit-queue';
import { FormFiller } from './form-filler';
import { OutcomePanel, SubmitOutcome } from './submit-outcome';
import { useChoices } from './use-choices';
import { useSubmitQueue, type SubmitQueueControls } from './use-submit-queue';

const t = th.forms;

export function FormPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const roundId = params.roundId ?? '';
  const owner = useMemo(() => ownerKeyOf(getIdToken()), []);
  const load = useCallback((signal: AbortSignal) => getFormRound(owner, roundId, signal), [owner, roundId]);
  const q = useQuery(load);
  const queue = useSubmitQueue(owner);
  return (
    <PageLayout title={q.status === 'success' ? q.data.data.round.title : t.formTitle} areaName={areaName} mock={mock}>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <ApiErrorPanel error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'success' ? <Round owner={owner} data={q.data.data} offline={q.data.offline} queue={queue} /> : null}
      <AppNav items={[{ to: '/forms', label: t.toList }]} />
    </PageLayout>
  );
}

interface RoundProps {
  owner: string;
  data: RoundForMemberResponse;
  offline: boolean;
  queue: SubmitQueueControls;
}

function Round({ owner, data, offline, queue }: RoundProps) {
  const roundId = data.round.id;
  const state = queue.states[roundId];
  const [editing, setEditing] = useState(false);
  const lookups = useChoices(data.definition, owner);
  const submit = (answers: Answers) => {
    setEditing(false);
    queue.submit(roundId, answers);
  };
  const edit = () => {
    setEditing(true);
    window.scrollTo(0, 0);
  };

  if (state?.kind === 'refused' && state.error.code === 'form/closed') return <Closed message={state.error.thaiMessage} />;
  if (!data.open && state?.kind !== 'sent') return <Closed message={t.closed} />;
  if (state && state.kind !== 'refused' && !editing) return <SubmitOutcome state={state} onEdit={edit} onResend={queue.flush} />;

  const start = () => {
    // What the person last meant to send wins: a waiting submission, then the one just sent or refused.
    const waiting = pendingFor(queue.queue, roundId);
    const local = storedValue(browserStorage(), draftStorageKey(owner, roundId), parseLocalDraft).read();
    if (waiting) return { answers: waiting.answers, from: 'local' as const, upload: false, section: undefined };
    if (state?.kind === 'sent') return { answers: state.answers, from: 'response' as const, upload: false, section: undefined };
    if (state?.kind === 'refused') return { answers: state.answers, from: 'local' as const, upload: false, section: undefined };
    const point = startingPoint({
      local,
      draft: data.draft && data.draftUpdatedAt ? { answers: data.draft, at: data.draftUpdatedAt } : null,
      response: data.submitted ? { answers: data.submitted.answers, at: data.submitted.submittedAt } : null,
      prefill: data.prefill,
    });
    // A draft reopens where the person stopped; submitted answers open at the start.
    return { ...point, section: point.from === 'local' || point.from === 'draft' ? local?.sectionId : undefined };
  };

  return (
    <>
      {offline ? (
        <p className="panel" role="status">
          {t.offlineCopy}
        </p>
      ) : null}
      {data.definition.description ? <p className="intro">{data.definition.description}</p> : null}
      {data.round.anonymous ? <p className="notice">{t.anonymous}</p> : null}
      {state?.kind === 'refused' ? <ErrorPanel title={t.refusedTitle} message={state.error.thaiMessage} /> : null}
      <Filler
        owner={owner}
        data={data}
        start={start}
        editing={Boolean(data.submitted) || state?.kind === 'sent'}
        serverFields={state?.kind === 'refused' ? state.error.fields : NO_FIELDS}
        lookups={lookups}
        onSubmit={submit}
      />
    </>
  );
}

const NO_FIELDS: Readonly<Record<string, string>> = {};

type Start = ReturnType<typeof startingPoint> & { section: string | undefined };

function Filler(props: {
  owner: string;
  data: RoundForMemberResponse;
  start: () => Start;
  editing: boolean;
  serverFields: Readonly<Record<string, string>>;
  lookups: ReturnType<typeof useChoices>;
  onSubmit: (answers: Answers) => void;
}) {
  // Read once when the form appears (the phone's draft changes under it as the person types).
  const [start] = useState(props.start);
  const { data } = props;
  return (
    <>
      <StartNotice from={start.from} data={data} />
      <FormFiller
        owner={props.owner}
        roundId={data.round.id}
        definition={data.definition}
        startAnswers={start.answers}
        startSection={start.section}
        upload={start.upload}
        editing={props.editing}
        serverFields={props.serverFields}
        lookups={props.lookups}
        onSubmit={props.onSubmit}
      />
    </>
  );
}

function StartNotice({ from, data }: { from: StartFrom; data: RoundForMemberResponse }) {
  const text =
    from === 'response'
      ? t.restored.response(formatThaiDateTime(data.round.closesAt))
      : from === 'prefill'
        ? Object.keys(data.prefill).length > 0
          ? t.restored.prefill
          : null
        : t.restored[from];
  return text ? <p className="notice">{text}</p> : null;
}

function Closed({ message }: { message: string }) {
  return (
    <OutcomePanel tone="error" title={t.closedTitle}>
      <p>{message}</p>
      <p className="hint">{t.closedKept}</p>
    </OutcomePanel>
  );
}
