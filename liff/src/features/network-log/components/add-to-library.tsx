// Adding to the library (coordinators, supervisors): a link, or a document sent with its progress shown.
import { useState, type FormEvent } from 'react';
import type { LibraryItemView } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { asApiError } from '../../../lib/api-client';
import { addLibraryLink } from '../api/library';
import { uploadLibraryDocument } from '../api/upload-file';
import { checkLink } from '../activity-form';
import { ACCEPT } from './queued-files';
import { percent, titleFromName } from '../upload-queue';

const t = th.networkLog.library;

export function AddToLibrary({ networkId, onAdded }: { networkId: string; onAdded: (item: LibraryItemView) => void }) {
  const [kind, setKind] = useState<'link' | 'document'>('link');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [progress, setProgress] = useState<number | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (progress !== null) return;
    setFailure('');
    const found: Record<string, string> = kind === 'link' ? checkLink({ title, url }) : {};
    if (kind === 'document' && !title.trim()) found.title = th.networkLog.form.errors.linkTitle;
    if (kind === 'document' && !file) found.file = t.chooseFile;
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return document.getElementById(`library-${first}`)?.focus();
    setProgress(0);
    try {
      const item =
        kind === 'link'
          ? await addLibraryLink(networkId, { title: title.trim(), description: description.trim(), url: url.trim() })
          : await uploadLibraryDocument(
              networkId,
              { title: title.trim(), description: description.trim() },
              file!,
              file!.name,
              setProgress,
            );
      onAdded(item);
      setTitle('');
      setDescription('');
      setUrl('');
      setFile(null);
    } catch (err) {
      const apiError = asApiError(err);
      if (Object.keys(apiError.fields).length) setErrors(apiError.fields);
      else setFailure(apiError.thaiMessage);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="form-section" aria-labelledby="library-add-heading">
      <h2 id="library-add-heading">{t.addHeading}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <fieldset className="choice-group">
          <legend>{t.labels.kind}</legend>
          <div className="choice-list-inline">
            {(['link', 'document'] as const).map((k) => (
              <label key={k} className="choice">
                <input type="radio" name="library-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span className="choice-text">{t.kind[k]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormField id="library-title" label={t.labels.title} required error={errors.title}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="text"
              required
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="library-description" label={t.labels.description} optional error={errors.description}>
          {(aria) => (
            <textarea
              {...aria}
              className="input"
              rows={3}
              maxLength={1000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </FormField>
        {kind === 'link' ? (
          <FormField id="library-url" label={t.labels.url} required error={errors.url}>
            {(aria) => (
              <input {...aria} className="input" type="url" inputMode="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
            )}
          </FormField>
        ) : (
          <FormField id="library-file" label={t.labels.file} required hint={t.fileHint} error={errors.file}>
            {(aria) => (
              <input
                {...aria}
                className="input"
                type="file"
                accept={ACCEPT}
                required
                onChange={(e) => {
                  const picked = e.target.files?.[0] ?? null;
                  setFile(picked);
                  if (picked && !title.trim()) setTitle(titleFromName(picked.name));
                }}
              />
            )}
          </FormField>
        )}
        {progress !== null && kind === 'document' ? (
          <progress
            className="file-progress"
            max={100}
            value={percent(progress)}
            aria-label={th.networkLog.form.status.uploading(percent(progress))}
          />
        ) : null}
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={progress !== null}>
            {progress !== null ? th.common.saving : kind === 'link' ? t.addLink : t.addDocument}
          </button>
        </div>
      </form>
    </section>
  );
}
