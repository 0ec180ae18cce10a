// /liff/forms: the open rounds meant for me, each with where I stand (not started, a draft, waiting to send, sent);
// opening the page also sends answers an earlier visit left waiting.
import { useCallback, useMemo } from 'react';
import { formatThaiDateTime, type MyRoundsResponse } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { getIdToken } from '../../../lib/liff';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getMyRounds } from '../api/get-my-rounds';
import { draftStorageKey, parseLocalDraft } from '../form-draft';
import { browserStorage, storedValue } from '../local-store';
import { ownerKeyOf } from '../owner-key';
import { pendingFor, type SubmitQueue } from '../submit-queue';
import { useSubmitQueue, type SubmitState } from './use-submit-queue';

const t = th.forms;
type Item = MyRoundsResponse['rounds'][number];
type Standing = keyof typeof t.status;

export function FormsPage() {
  const { areaName, mock } = useRuntime();
  const owner = useMemo(() => ownerKeyOf(getIdToken()), []);
  const load = useCallback((signal: AbortSignal) => getMyRounds(owner, signal), [owner]);
  const q = useQuery(load);
  const queue = useSubmitQueue(owner);
  return (
    <PageLayout title={t.listTitle} areaName={areaName} mock={mock}>
      <p className="intro">{t.listIntro}</p>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <ApiErrorPanel error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'success' ? (
        <>
          {q.data.offline ? (
            <p className="panel" role="status">
              {t.offlineCopy}
            </p>
          ) : null}
          {q.data.data.rounds.length === 0 ? <p className="panel">{t.listEmpty}</p> : null}
          <ul className="cards">
            {q.data.data.rounds.map((item) => (
              <RoundCard key={item.round.id} item={item} standing={standingOf(item, owner, queue.queue, queue.states[item.round.id])} />
            ))}
          </ul>
        </>
      ) : null}
      <AppNav
        items={[
          { to: '/seminars', label: th.nav.seminars },
          { to: '/networks', label: th.nav.networks },
        ]}
      />
    </PageLayout>
  );
}

/** What this phone knows beats the list it was given: a submission sent or waiting here, a draft kept here. */
function standingOf(item: Item, owner: string, queue: SubmitQueue, state: SubmitState | undefined): Standing {
  if (state?.kind === 'sent') return 'answered';
  if (pendingFor(queue, item.round.id)) return 'queued';
  if (item.answered) return 'answered';
  const draft = storedValue(browserStorage(), draftStorageKey(owner, item.round.id), parseLocalDraft).read();
  return draft && Object.keys(draft.answers).length > 0 ? 'draft' : 'new';
}

const TAG: Record<Standing, string> = { new: 'tag', draft: 'tag tag-pending', queued: 'tag tag-pending', answered: 'tag tag-member' };

function RoundCard({ item, standing }: { item: Item; standing: Standing }) {
  const title = item.round.title;
  const [text, label] =
    standing === 'answered'
      ? [t.edit, t.editNamed(title)]
      : standing === 'new'
        ? [t.open, t.openNamed(title)]
        : [t.continue, t.continueNamed(title)];
  return (
    <li className="card">
      <h2>{title}</h2>
      <p className="card-meta">{t.closesAt(formatThaiDateTime(item.round.closesAt))}</p>
      <p>
        <span className="visually-hidden">{t.statusLabel}: </span>
        <span className={TAG[standing]}>{t.status[standing]}</span>
      </p>
      <AppLink to={`/forms/${encodeURIComponent(item.round.id)}`} className="button" label={label}>
        {text}
      </AppLink>
    </li>
  );
}
