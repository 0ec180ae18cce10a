// Download everything stored about me, as JSON or CSV, with a Thai file name.
import { useState } from 'react';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { exportMyData, type ExportFormat } from '../api/my-data-actions';
import { exportFileName, saveBlob } from '../my-data-file';

export function DataExport() {
  const download = useAction(exportMyData);
  const [message, setMessage] = useState('');

  const onDownload = async (format: ExportFormat) => {
    setMessage('');
    const result = await download.run(format);
    if (!result) return;
    const name = exportFileName(format, new Date());
    saveBlob(result.data, name);
    setMessage(th.myData.exported(name));
  };

  return (
    <section className="form-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{th.myData.export}</h2>
      <p className="hint">{th.myData.exportHint}</p>
      <div className="actions">
        <button type="button" className="button" disabled={download.running} onClick={() => void onDownload('json')}>
          {th.myData.exportJson}
        </button>
        <button type="button" className="button" disabled={download.running} onClick={() => void onDownload('csv')}>
          {th.myData.exportCsv}
        </button>
      </div>
      <ActionError state={download.state} />
      <p className="hint" role="status">
        {download.running ? th.myData.exporting : message}
      </p>
    </section>
  );
}
