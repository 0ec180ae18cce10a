// One list (schools or people): export buttons, then pick a file → check it → confirm the import.
import { useId, useState, type FormEvent } from 'react';
import type { DirectoryFileFormat, DirectoryImportResult, DirectoryKind, DirectoryPreview } from '@nithet/shared';
import { ApiErrorPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { ApiError } from '../../../lib/api-client';
import { downloadDirectory, importDirectoryFile, previewDirectoryFile } from '../api/directory-files';
import { PreviewResult } from './preview-result';

type State =
  | { step: 'idle' }
  | { step: 'busy'; message: string }
  | { step: 'previewed'; preview: DirectoryPreview }
  | { step: 'done'; result: DirectoryImportResult }
  | { step: 'error'; error: ApiError };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('client/unexpected', th.errors.unexpected, 0));

export function DirectorySection({ kind }: { kind: DirectoryKind }) {
  const t = th.directory;
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [state, setState] = useState<State>({ step: 'idle' });

  const run = async (message: string, work: () => Promise<State>) => {
    setState({ step: 'busy', message });
    try {
      setState(await work());
    } catch (e) {
      setState({ step: 'error', error: asApiError(e) });
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (file) void run(t.checking, async () => ({ step: 'previewed', preview: await previewDirectoryFile(kind, file) }));
  };
  const confirm = () => {
    if (!file) return;
    void run(t.importing, async () => {
      const out = await importDirectoryFile(kind, file, skipInvalid);
      return 'result' in out ? { step: 'done', result: out.result } : { step: 'previewed', preview: out.refused };
    });
  };
  const download = (format: DirectoryFileFormat) =>
    void run(t.exporting, async () => (await downloadDirectory(kind, format), { step: 'idle' }));
  const busy = state.step === 'busy';

  return (
    <section className="panel directory-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.kinds[kind]}</h2>
      <div className="directory-actions" role="group" aria-label={t.exportGroup(t.kinds[kind])}>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => download('xlsx')}>
          {t.exportXlsx}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => download('csv')}>
          {t.exportCsv}
        </button>
      </div>
      <form onSubmit={check} className="directory-form">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.fileLabel(t.kinds[kind])}</label>
          <p className="hint" id={`${id}-hint`}>
            {t.fileHint[kind]}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            className="input"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ step: 'idle' });
            }}
          />
        </div>
        <button type="submit" className="button" disabled={!file || busy}>
          {t.check}
        </button>
      </form>
      <div aria-live="polite">
        {state.step === 'busy' ? (
          <p className="status" role="status">
            <span className="spinner" aria-hidden="true" />
            {state.message}
          </p>
        ) : null}
        {state.step === 'done' ? <p className="panel panel-success">{t.done(state.result.counts)}</p> : null}
      </div>
      {state.step === 'error' ? <ApiErrorPanel error={state.error} onRetry={() => setState({ step: 'idle' })} /> : null}
      {state.step === 'previewed' ? (
        <PreviewResult preview={state.preview} skipInvalid={skipInvalid} onSkipInvalid={setSkipInvalid} onConfirm={confirm} />
      ) : null}
    </section>
  );
}
