// The files picked on the record page: photos shrunk on the phone as they are picked, then sent one by one with
// progress; a failure stays on its file (Thai message, sent again with the next save) and loses nothing else.
import { useCallback, useRef, useState } from 'react';
import type { LibraryItemView, NetworkActivityView } from '@nithet/shared';
import { asApiError } from '../../lib/api-client';
import { downscalePhoto, isPhoto } from './downscale';
import { uploadEvidence, uploadLibraryDocument } from './api/upload-file';
import { titleFromName, toSend, update, type QueuedFile, type QueuedKind } from './upload-queue';

let seq = 0;

export interface SendResult {
  failed: number;
  activity: NetworkActivityView | null;
  documents: LibraryItemView[];
}

export function useFileQueue(networkId: string) {
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  const blobs = useRef(new Map<string, Blob>());
  const previews = useRef(new Map<string, string>());

  const add = useCallback((files: FileList | readonly File[], kind: QueuedKind) => {
    for (const file of Array.from(files)) {
      const id = `q${++seq}`;
      const photo = isPhoto(file.type);
      const item: QueuedFile = {
        id,
        kind,
        name: file.name,
        title: titleFromName(file.name),
        size: file.size,
        isImage: photo,
        status: photo ? 'preparing' : 'waiting',
        progress: 0,
        error: null,
      };
      setQueue((q) => [...q, item]);
      blobs.current.set(id, file);
      if (!photo) continue;
      void downscalePhoto(file).then(({ blob, name }) => {
        blobs.current.set(id, blob);
        previews.current.set(id, URL.createObjectURL(blob));
        setQueue((q) => update(q, id, { status: 'waiting', name, size: blob.size }));
      });
    }
  }, []);

  const remove = useCallback((id: string) => {
    blobs.current.delete(id);
    const url = previews.current.get(id);
    if (url) URL.revokeObjectURL(url);
    previews.current.delete(id);
    setQueue((q) => q.filter((f) => f.id !== id));
  }, []);

  const setTitle = useCallback((id: string, title: string) => setQueue((q) => update(q, id, { title })), []);

  /** Sends what is waiting or failed, in order; each sent file leaves the queue. */
  const sendAll = useCallback(
    async (activityId: string, current: readonly QueuedFile[], onEach?: (index: number, total: number) => void): Promise<SendResult> => {
      const pending = toSend(current);
      const result: SendResult = { failed: 0, activity: null, documents: [] };
      for (const [i, f] of pending.entries()) {
        onEach?.(i + 1, pending.length);
        const blob = blobs.current.get(f.id);
        if (!blob) continue;
        setQueue((q) => update(q, f.id, { status: 'uploading', progress: 0, error: null }));
        const progress = (p: number) => setQueue((q) => update(q, f.id, { progress: p }));
        try {
          if (f.kind === 'evidence') result.activity = await uploadEvidence(networkId, activityId, blob, f.name, progress);
          else
            result.documents.push(
              await uploadLibraryDocument(
                networkId,
                { title: f.title.trim() || titleFromName(f.name), activityId },
                blob,
                f.name,
                progress,
              ),
            );
          remove(f.id);
        } catch (err) {
          result.failed++;
          setQueue((q) => update(q, f.id, { status: 'failed', error: asApiError(err).thaiMessage }));
        }
      }
      return result;
    },
    [networkId, remove],
  );

  const previewOf = useCallback((id: string) => previews.current.get(id) ?? null, []);
  return { queue, add, remove, setTitle, sendAll, previewOf };
}
