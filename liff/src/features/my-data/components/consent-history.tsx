// Every consent given or withdrawn, newest first, with its date in พ.ศ. and the notice version it answered.
import { PRIVACY_NOTICE_VERSION, consentPurposeLabels, formatThaiDateTime, privacyNoticeTh, type ConsentRecord } from '@nithet/shared';
import { th } from '../../../i18n/th';
import { consentHistory } from '../consent-state';

export function ConsentHistory({ consents }: { consents: readonly ConsentRecord[] }) {
  const items = consentHistory(consents);
  return (
    <section className="form-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{th.myData.history}</h2>
      {items.length === 0 ? <p>{th.myData.historyEmpty}</p> : null}
      <ol className="history">
        {items.map((c, i) => (
          <li key={`${c.at}-${c.purpose}-${i}`}>
            <p className="history-what">
              <span className={c.granted ? 'tag tag-member' : 'tag tag-off'}>{c.granted ? th.myData.granted : th.myData.withdrawn}</span>{' '}
              {consentPurposeLabels[c.purpose]}
            </p>
            <p className="card-meta">
              <time dateTime={c.at}>{formatThaiDateTime(c.at)}</time> ·{' '}
              {th.myData.noticeVersion(c.noticeVersion === PRIVACY_NOTICE_VERSION ? privacyNoticeTh.versionLabel : c.noticeVersion)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
