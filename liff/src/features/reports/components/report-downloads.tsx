// The three files: Word (editable), PDF and the Excel appendix (names only when ticked), fetched with the ID token.
import { useState } from 'react';
import type { ReportFileKind, ReportView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { useAction } from '../../../lib/use-action';
import { downloadReportFile } from '../api/reports';
import { reportFileName } from '../report-view';

const t = th.reports.files;
const KINDS: ReportFileKind[] = ['docx', 'pdf', 'xlsx'];

export function ReportDownloads({ report }: { report: ReportView }) {
  const [names, setNames] = useState(false);
  const download = useAction(downloadReportFile);
  return (
    <section aria-labelledby="files-heading">
      <h3 id="files-heading">{t.heading}</h3>
      <ul className="report-files">
        {KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button button-secondary"
              disabled={download.running}
              onClick={() => void download.run(report.id, kind, reportFileName(report, kind), kind === 'xlsx' && names)}
            >
              {t[kind]}
            </button>
          </li>
        ))}
      </ul>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} />
          <span className="choice-text">{t.names}</span>
        </label>
      </div>
      <p className="hint" role="status">
        {download.running ? t.downloading : download.state.status === 'done' ? t.saved(download.state.data) : ''}
      </p>
      <ActionError state={download.state} />
    </section>
  );
}
