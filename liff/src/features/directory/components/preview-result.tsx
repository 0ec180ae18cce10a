// The checked file: counts, every row error (row, column, Thai message), a sample of changes, and the confirm button.
import { useId } from 'react';
import type { DirectoryPreview } from '@nithet/shared';
import { useFocusOnMount } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';

interface Props {
  preview: DirectoryPreview;
  skipInvalid: boolean;
  onSkipInvalid: (v: boolean) => void;
  onConfirm: () => void;
}

export function PreviewResult({ preview, skipInvalid, onSkipInvalid, onConfirm }: Props) {
  const t = th.directory;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const skipId = useId();
  const { counts, errors } = preview;
  const writes = counts.create + counts.update;
  const headerOf = new Map(preview.columns.map((c) => [c.key, c.header]));
  const canImport = writes > 0 && (counts.invalid === 0 || skipInvalid);
  return (
    <div className="directory-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t.previewTitle}
      </h3>
      {/* role=status on a wrapper: on the <ul> itself it would erase the list semantics the items need. */}
      <div role="status">
        <ul className="directory-counts">
          <li>{t.counts.total(preview.totalRows)}</li>
          <li>{t.counts.create(counts.create)}</li>
          <li>{t.counts.update(counts.update)}</li>
          <li>{t.counts.unchanged(counts.unchanged)}</li>
          <li className={counts.invalid ? 'field-error' : undefined}>{t.counts.invalid(counts.invalid)}</li>
        </ul>
      </div>
      {preview.ignoredHeaders.length > 0 ? <p className="hint">{t.ignored(preview.ignoredHeaders)}</p> : null}
      {errors.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t.errorsTitle} tabIndex={0}>
          <table className="directory-table">
            <caption>{t.errorsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.row}</th>
                <th scope="col">{t.columns.column}</th>
                <th scope="col">{t.columns.problem}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                  <td>{e.row}</td>
                  <td>{e.header ?? t.wholeRow}</td>
                  <td>
                    {e.message}
                    {e.value ? <span className="hint"> ({t.found(e.value)})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.update.length > 0 ? (
        <>
          <h4>{t.updatesTitle}</h4>
          <ul className="directory-changes">
            {preview.update.map((r) => (
              <li key={r.id}>
                {t.updateLine(
                  r.row,
                  Object.values(r.cells).slice(0, 3).join(' '),
                  r.changed.map((k) => headerOf.get(k) ?? k),
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {counts.invalid > 0 && writes > 0 ? (
        <div className="choice">
          <input id={skipId} type="checkbox" checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)} />
          <label htmlFor={skipId}>{t.skipInvalid(counts.invalid)}</label>
        </div>
      ) : null}
      {writes === 0 && counts.invalid === 0 ? <p className="panel panel-success">{t.nothingToDo}</p> : null}
      {writes > 0 ? (
        <button type="button" className="button button-primary" disabled={!canImport} onClick={onConfirm}>
          {t.confirm(writes)}
        </button>
      ) : null}
    </div>
  );
}
