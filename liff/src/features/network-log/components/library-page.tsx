// /networks/:id/library (lazy): the network's knowledge library — members browse and open; managers add and remove.
import { useCallback, useState } from 'react';
import { formatThaiDate, type LibraryItemView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppNav } from '../../../components/app-nav';
import { ConfirmAction } from '../../../components/confirm-action';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, ErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { saveBlob } from '../../../lib/save-file';
import { useAction } from '../../../lib/use-action';
import { useLocalEdits } from '../../../lib/use-local-edits';
import { useQuery } from '../../../lib/use-query';
import { fetchLibraryFile, getLibrary, removeLibraryItem } from '../api/library';
import { AddToLibrary } from './add-to-library';
import '../network-log.css';

const t = th.networkLog.library;

export function LibraryPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const networkId = params.id ?? '';
  const load = useCallback((signal: AbortSignal) => getLibrary(networkId, signal), [networkId]);
  const library = useQuery(load);
  const edits = useLocalEdits<LibraryItemView>();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');

  let body;
  if (library.status === 'loading') body = <LoadingPanel />;
  else if (library.status === 'error')
    body =
      library.error.status === 403 ? (
        <ErrorPanel title={th.forbidden.title} message={library.error.thaiMessage} />
      ) : (
        <ApiErrorPanel error={library.error} onRetry={library.retry} />
      );
  else {
    const { network, manager } = library.data;
    const items = edits.merge(library.data.items).filter((i) => !removed.has(i.id));
    body = (
      <>
        <h2 className="network-name">{network.name}</h2>
        <p className="intro">{t.intro}</p>
        {manager ? (
          <AddToLibrary
            networkId={networkId}
            onAdded={(item) => {
              edits.created(item);
              setNotice(t.added(item.title));
            }}
          />
        ) : null}
        <section aria-labelledby="library-heading">
          <h2 id="library-heading" tabIndex={-1}>
            {t.heading(items.length)}
          </h2>
          {items.length === 0 ? <p>{t.empty}</p> : null}
          <ul className="cards">
            {items.map((item) => (
              <LibraryCard
                key={item.id}
                networkId={networkId}
                item={item}
                manager={manager}
                onRemoved={() => {
                  setRemoved((s) => new Set(s).add(item.id));
                  setNotice(t.removed(item.title));
                  document.getElementById('library-heading')?.focus();
                }}
              />
            ))}
          </ul>
        </section>
      </>
    );
  }
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
      <AppNav items={[{ to: '/networks', label: t.back }]} />
    </PageLayout>
  );
}

function LibraryCard({
  networkId,
  item,
  manager,
  onRemoved,
}: {
  networkId: string;
  item: LibraryItemView;
  manager: boolean;
  onRemoved: () => void;
}) {
  const download = useAction(() => fetchLibraryFile(networkId, item.id));
  const remove = useAction(() => removeLibraryItem(networkId, item.id));
  return (
    <li className="card library-item">
      <h3>{item.title}</h3>
      <p className="card-meta">
        <span className="tag">{t.kind[item.kind]}</span> {t.addedBy(item.addedByName || th.common.none, formatThaiDate(item.createdAt))}
      </p>
      {item.description ? <p className="card-notes">{item.description}</p> : null}
      {item.activityTitle ? <p className="card-meta">{t.fromActivity(item.activityTitle)}</p> : null}
      <ActionError state={download.state} />
      <ActionError state={remove.state} />
      <div className="actions">
        {item.url ? (
          <a href={item.url} target="_blank" rel="noopener noreferrer" className="button" aria-label={t.openNamed(item.title)}>
            {t.open}
          </a>
        ) : null}
        {item.file ? (
          <button
            type="button"
            className="button"
            aria-label={t.downloadNamed(item.title)}
            disabled={download.running}
            onClick={() => void download.run().then((r) => r && saveBlob(r.data, item.file!.name))}
          >
            {download.running ? t.downloading : t.download}
          </button>
        ) : null}
        {manager ? (
          <ConfirmAction
            label={t.remove}
            accessibleLabel={t.removeNamed(item.title)}
            question={t.removeConfirm(item.title)}
            confirmLabel={t.removeYes}
            busy={remove.running}
            onConfirm={() => void remove.run().then((r) => r && onRemoved())}
          />
        ) : null}
      </div>
    </li>
  );
}
