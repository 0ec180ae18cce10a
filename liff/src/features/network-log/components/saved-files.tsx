// What a saved record already holds: its evidence (look at a photo, save a file, remove) and the knowledge it shared.
import { useEffect, useState } from 'react';
import type { LibraryItemView, NetworkActivityView, StoredFileView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { saveBlob } from '../../../lib/save-file';
import { useAction } from '../../../lib/use-action';
import { fetchEvidence, removeEvidence } from '../api/network-log';
import { formatBytes } from '../upload-queue';

const t = th.networkLog.form;

interface SavedEvidenceProps {
  networkId: string;
  activity: NetworkActivityView;
  onChanged: (activity: NetworkActivityView) => void;
}

export function SavedEvidence({ networkId, activity, onChanged }: SavedEvidenceProps) {
  if (activity.evidence.length === 0) return null;
  return (
    <>
      <h3>{t.savedEvidence}</h3>
      <ul className="file-list">
        {activity.evidence.map((f) => (
          <SavedFile key={f.id} networkId={networkId} activityId={activity.id} file={f} onChanged={onChanged} />
        ))}
      </ul>
    </>
  );
}

function SavedFile({
  networkId,
  activityId,
  file,
  onChanged,
}: { networkId: string; activityId: string; file: StoredFileView } & Pick<SavedEvidenceProps, 'onChanged'>) {
  const [shown, setShown] = useState<string | null>(null);
  const view = useAction(() => fetchEvidence(networkId, activityId, file.id));
  const remove = useAction(() => removeEvidence(networkId, activityId, file.id));
  useEffect(() => () => void (shown && URL.revokeObjectURL(shown)), [shown]);
  const image = file.contentType.startsWith('image/');
  const onView = async () => {
    const got = await view.run();
    if (!got) return;
    if (image) setShown(URL.createObjectURL(got.data));
    else saveBlob(got.data, file.name);
  };
  return (
    <li className="file-item">
      <div className="file-body">
        <p className="file-name">{file.name}</p>
        <p className="card-meta">{formatBytes(file.size)}</p>
        <ActionError state={view.state} />
        <ActionError state={remove.state} />
        <div className="actions">
          {!shown ? (
            <button
              type="button"
              className="button button-secondary"
              aria-label={t.viewNamed(file.name)}
              disabled={view.running}
              onClick={() => void onView()}
            >
              {view.running ? th.common.loading : t.view}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            aria-label={t.removeFileNamed(file.name)}
            disabled={remove.running}
            onClick={() => void remove.run().then((r) => r && onChanged(r.data))}
          >
            {t.removeFile}
          </button>
        </div>
        {shown ? <img src={shown} alt={file.name} className="file-view" /> : null}
      </div>
    </li>
  );
}

export function SavedKnowledge({ items }: { items: readonly LibraryItemView[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t.savedKnowledge}</h3>
      <ul className="link-list-plain">
        {items.map((i) => (
          <li key={i.id}>
            {th.networkLog.library.kind[i.kind]}: {i.title}
          </li>
        ))}
      </ul>
    </>
  );
}
