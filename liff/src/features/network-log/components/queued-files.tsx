// Picked files waiting to go up: a preview for photos, size, progress while sending, and a Thai error per file.
import type { ChangeEvent } from 'react';
import { th } from '../../../i18n/th-staff';
import { formatBytes, percent, type QueuedFile, type QueuedKind } from '../upload-queue';

const t = th.networkLog.form;

/** Accepted by the server (checked there by content); the picker offers the same. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/*,application/pdf,.pdf,.docx,.xlsx,.pptx';

interface FilePickerProps {
  id: string;
  label: string;
  hint: string;
  kind: QueuedKind;
  onPick: (files: FileList, kind: QueuedKind) => void;
}

export function FilePicker({ id, label, hint, kind, onPick }: FilePickerProps) {
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    if (e.target.files?.length) onPick(e.target.files, kind);
    e.target.value = ''; // the same file can be picked again after a removal
  };
  return (
    <div className="field">
      <label htmlFor={id} className="button button-secondary file-button">
        {label}
      </label>
      <input id={id} type="file" multiple accept={ACCEPT} className="file-input" aria-describedby={`${id}-hint`} onChange={onChange} />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}

interface QueuedFilesProps {
  files: readonly QueuedFile[];
  previewOf: (id: string) => string | null;
  onRemove: (id: string) => void;
  onTitle?: (id: string, title: string) => void;
}

export function QueuedFiles({ files, previewOf, onRemove, onTitle }: QueuedFilesProps) {
  if (files.length === 0) return null;
  return (
    <ul className="file-list">
      {files.map((f) => {
        const preview = f.isImage ? previewOf(f.id) : null;
        return (
          <li key={f.id} className={`file-item file-${f.status}`}>
            {preview ? <img src={preview} alt="" className="file-thumb" /> : null}
            <div className="file-body">
              <p className="file-name">{f.name}</p>
              <p className="card-meta">
                {formatBytes(f.size)} · {f.status === 'uploading' ? t.status.uploading(percent(f.progress)) : t.status[f.status]}
              </p>
              {f.status === 'uploading' ? (
                <progress
                  className="file-progress"
                  max={100}
                  value={percent(f.progress)}
                  aria-label={t.status.uploading(percent(f.progress))}
                />
              ) : null}
              {f.error ? (
                <p className="field-error" role="alert">
                  {f.error}
                </p>
              ) : null}
              {onTitle && f.kind === 'document' ? (
                <div className="field">
                  <label htmlFor={`${f.id}-title`}>{t.documentTitle(f.name)}</label>
                  <input
                    id={`${f.id}-title`}
                    className="input"
                    type="text"
                    value={f.title}
                    maxLength={200}
                    onChange={(e) => onTitle(f.id, e.target.value)}
                  />
                </div>
              ) : null}
              {f.status !== 'uploading' ? (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t.removeQueued(f.name)}
                  onClick={() => onRemove(f.id)}
                >
                  {t.removeQueuedShort}
                </button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
