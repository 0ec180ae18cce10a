// Publishing an approved report: pick the networks whose members get the one-card summary, see the count and the
// quota first (the same two-step send as announcements), then publish; a published report links its public page.
import { useState } from 'react';
import type { PublishReportResponse, ReportView } from '@nithet/shared';
import { SendPreviewStep } from '../../../components/send-preview-step';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { getManageableNetworks } from '../../supervisor/api/get-manageable-networks';
import { previewPublish, publishReport } from '../api/reports';

const t = th.reports.publish;

export function PublishSection({ report, onPublished }: { report: ReportView; onPublished: (r: ReportView, notice: string) => void }) {
  if (report.status === 'published') {
    return (
      <section aria-labelledby="publish-heading" className="panel panel-success">
        <h3 id="publish-heading">{t.heading}</h3>
        {report.publicPath ? (
          <p>
            <a href={report.publicPath} target="_blank" rel="noopener">
              {t.publicPage}
            </a>
          </p>
        ) : null}
        <p>{t.sentTo(report.publishedToNetworkIds.length)}</p>
        <p className="hint">{t.frozen}</p>
      </section>
    );
  }
  if (!report.actions.includes('publish')) return null;
  return <PublishChoices report={report} onPublished={onPublished} />;
}

function PublishChoices({ report, onPublished }: { report: ReportView; onPublished: (r: ReportView, notice: string) => void }) {
  const networks = useQuery(getManageableNetworks);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const ids = [...chosen];
  let list;
  if (networks.status === 'loading') list = <LoadingPanel />;
  else if (networks.status === 'error') list = <QueryError error={networks.error} onRetry={networks.retry} />;
  else
    list = (
      <fieldset className="choice-group">
        <legend>{t.networks}</legend>
        <ul className="report-networks">
          {networks.data
            .filter((n) => n.status === 'active')
            .map((n) => (
              <li key={n.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(n.id)}
                    onChange={(e) =>
                      setChosen((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(n.id);
                        else next.delete(n.id);
                        return next;
                      })
                    }
                  />
                  <span className="choice-text">{n.name}</span>
                </label>
              </li>
            ))}
        </ul>
        {chosen.size === 0 ? <p className="hint">{t.noNetworks}</p> : null}
      </fieldset>
    );
  return (
    <section aria-labelledby="publish-heading" className="panel">
      <h3 id="publish-heading">{t.heading}</h3>
      {list}
      <SendPreviewStep<PublishReportResponse>
        // A new choice of networks is a new preview.
        key={ids.sort().join(',')}
        id={report.id}
        labels={{
          start: t.start,
          startNamed: t.startNamed(`${report.periodLabel} ${th.reports.version(report.version)}`),
          previewing: t.previewing,
          previewTitle: t.previewTitle,
          note: t.note,
          send: t.send,
          sending: t.sending,
          closePreview: t.closePreview,
        }}
        preview={(id) => previewPublish(id, ids)}
        send={(id) => publishReport(id, ids)}
        onSent={(res) => onPublished(res.report, res.changed ? t.done(res.reachable) : t.already)}
      />
    </section>
  );
}
