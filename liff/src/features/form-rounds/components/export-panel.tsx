// Download the answers as XLSX or CSV; names and LINE ids only when ticked, and never for an anonymous round (PDPA).
import { useState } from 'react';
import type { RoundView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { buddhistDateStamp, safeFileName } from '../../../lib/save-file';
import { useAction } from '../../../lib/use-action';
import { downloadRoundExport, type ExportFormat } from '../api/download-round-export';

const t = th.formRounds.export;

export function ExportPanel({ round }: { round: RoundView }) {
  const [names, setNames] = useState(false);
  const download = useAction(downloadRoundExport);
  const get = (format: ExportFormat) =>
    void download.run(
      round.id,
      format,
      names && !round.anonymous,
      safeFileName(t.fileName(round.title, buddhistDateStamp(new Date()), format)),
    );
  return (
    <section aria-labelledby="export-heading" className="form-section">
      <h2 id="export-heading">{t.heading}</h2>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={names && !round.anonymous}
            disabled={round.anonymous}
            aria-describedby="export-names-hint"
            onChange={(e) => setNames(e.target.checked)}
          />
          <span className="choice-text">{t.names}</span>
        </label>
        <p id="export-names-hint" className="hint">
          {round.anonymous ? t.namesAnonymous : t.namesHint}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button button-secondary" disabled={download.running} onClick={() => get('xlsx')}>
          {t.xlsx}
        </button>
        <button type="button" className="button button-secondary" disabled={download.running} onClick={() => get('csv')}>
          {t.csv}
        </button>
      </div>
      <p className="hint" role="status">
        {download.running ? t.downloading : download.state.status === 'done' ? t.downloaded(download.state.data) : ''}
      </p>
      <ActionError state={download.state} />
    </section>
  );
}
